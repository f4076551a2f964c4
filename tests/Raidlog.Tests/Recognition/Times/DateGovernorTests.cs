using Raidlog.Recognition.Times;
using Raidlog.Text;

namespace Raidlog.Tests.Recognition.Times;

public class DateGovernorTests
{
    static readonly DateOnly Wednesday = new(2024, 8, 21);

    static GoverningDate Govern(string text, string sentence, DateOnly? anchor = null)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        var mentions = DateMentionFinder.English.Find(text, anchor ?? Wednesday);
        return DateGovernor.For(text, new TextSpan(start, start + sentence.Length), mentions, anchor ?? Wednesday);
    }

    [Fact]
    public void A_sentence_with_its_own_day_takes_it()
    {
        var g = Govern("Drones hit Kursk on Monday. Missiles hit Kyiv yesterday.", "Missiles hit Kyiv yesterday.");
        g.ShouldBe(g with { Date = new DateOnly(2024, 8, 20), Basis = DateBasis.OwnMention });
    }

    [Fact]
    public void The_calendar_day_beats_last_night_in_the_same_sentence() =>
        Govern("Last night, on August 12, drones hit Kursk.", "Last night, on August 12, drones hit Kursk.")
            .Date.ShouldBe(new DateOnly(2024, 8, 12));

    [Fact]
    public void A_silent_sentence_takes_the_nearest_day_before_it_in_its_paragraph()
    {
        var text = "Drones hit Kursk on Monday. Two people were hurt.";
        Govern(text, "Two people were hurt.").ShouldSatisfyAllConditions(
            g => g.Date.ShouldBe(new DateOnly(2024, 8, 19)),
            g => g.Basis.ShouldBe(DateBasis.PrecedingInParagraph));
    }

    [Fact]
    public void A_silent_paragraph_takes_the_lead_date_then_the_publication_date()
    {
        Govern("Drones hit Kursk on Monday.\nTwo people were hurt.", "Two people were hurt.").Basis.ShouldBe(DateBasis.Lead);
        Govern("Drones hit Kursk.\nTwo people were hurt.", "Two people were hurt.")
            .ShouldSatisfyAllConditions(g => g.Basis.ShouldBe(DateBasis.Publication), g => g.Date.ShouldBe(Wednesday));
    }

    [Fact]
    public void A_sentence_whose_only_time_fixes_no_day_has_no_date() =>
        Govern("Drones hit Kursk on Monday. Earlier this week a depot burned.", "Earlier this week a depot burned.")
            .ShouldSatisfyAllConditions(g => g.Date.ShouldBeNull(), g => g.Basis.ShouldBe(DateBasis.OwnMentionWithoutDay));
}

public class PageStampTests
{
    [Fact]
    public void The_page_stamp_line_does_not_govern_the_sentence_glued_to_it()
    {
        const string text = "date 2024-09-15 Yesterday's strike on the port killed two.";
        var anchor = new DateOnly(2024, 9, 15);
        var mentions = DateMentionFinder.English.Find(text, anchor);

        mentions[0].Kind.ShouldBe(DateKind.PageStamp);
        DateGovernor.For(text, new TextSpan(0, text.Length), mentions, anchor).Date.ShouldBe(new DateOnly(2024, 9, 14));
    }

    [Fact]
    public void A_lead_date_months_before_publication_is_a_caption_not_the_lead()
    {
        const string text = "A photo taken on March 1, 2024 shows a damaged house.\nDrones were downed over three regions.";
        var anchor = new DateOnly(2024, 11, 30);
        var sentence = text.IndexOf("Drones", StringComparison.Ordinal);
        var mentions = DateMentionFinder.English.Find(text, anchor);

        DateGovernor.For(text, new TextSpan(sentence, text.Length), mentions, anchor)
            .ShouldSatisfyAllConditions(g => g.Date.ShouldBe(anchor), g => g.Basis.ShouldBe(DateBasis.Publication));
    }
}
