using Raidlog.Text;

namespace Raidlog.Tests.Text;

public class CasedPhraseMatcherTests
{
    static readonly CasedPhraseMatcher<string> Matcher = new([
        ("defence ministry", "mod"), ("US", "us-state"), ("Russia", "ru"), ("the day before yesterday", "-2"), ("the day before", "-1"),
    ]);

    static List<(string Text, string Value)> Hits(string text) =>
        Matcher.FindAll(WordSpans.Of(text)).Select(h => (text[h.Span.Start..h.Span.End], h.Value)).ToList();

    [Fact]
    public void A_lower_case_phrase_matches_any_case_and_reports_offsets_into_the_text() =>
        Hits("The Defence  Ministry said").ShouldBe([("Defence  Ministry", "mod")]);

    [Fact]
    public void A_capitalised_phrase_matches_only_as_written() =>
        Hits("Let us see what the US does").ShouldBe([("US", "us-state")]);

    [Fact]
    public void A_possessive_still_matches_and_is_flagged()
    {
        var hit = Matcher.FindAll(WordSpans.Of("Russia’s drones")).Single();
        hit.Value.ShouldBe("ru");
        hit.Possessive.ShouldBeTrue();
    }

    [Fact]
    public void The_longest_phrase_wins() =>
        Hits("It happened the day before yesterday.").ShouldBe([("the day before yesterday", "-2")]);

    [Fact]
    public void Words_run_together_at_a_missing_space_are_still_two_words() =>
        WordSpans.Of("lost power.Russia launched").Count.ShouldBe(4);
}
