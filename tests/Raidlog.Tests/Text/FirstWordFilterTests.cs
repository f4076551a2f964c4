using Raidlog.Text;

namespace Raidlog.Tests.Text;

public class FirstWordFilterTests
{
    static FirstWordFilter Of(params string[] words)
    {
        var filter = new FirstWordFilter();
        foreach (var w in words) filter.Add(w);
        return filter;
    }

    [Theory]
    [InlineData("Russia")]      // as written
    [InlineData("RUSSIA")]      // any case
    [InlineData("russia")]
    [InlineData("Россия")]      // a first letter beyond ASCII is never filtered
    public void Lets_through_every_word_a_phrase_may_start_with(string word) =>
        Of("russia", "Россия").MayStart(word).ShouldBeTrue();

    [Fact]
    public void Lets_through_a_possessive_of_a_first_word_only_when_asked()
    {
        var filter = Of("russia");
        filter.MayStart("Russia's", possessive: true).ShouldBeTrue();
        filter.MayStart("Russia's").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Russian")]     // same letter, other length
    [InlineData("Prussia")]     // other letter
    public void Stops_words_no_phrase_starts_with(string word) =>
        Of("russia", "drone").MayStart(word).ShouldBeFalse();

    [Fact]
    public void Agrees_with_the_ignore_case_lookup_of_the_matchers_for_every_first_letter()
    {
        // Whatever first letter a phrase has, a word the ordinal ignore-case dictionary would find is let through.
        for (char p = '\0'; p < '\u0600'; p++)
        {
            var filter = Of(p + "ab");
            for (char t = '\0'; t < '\u0080'; t++)
                if (string.Equals(p.ToString(), t.ToString(), StringComparison.OrdinalIgnoreCase))
                    filter.MayStart(t + "ab").ShouldBeTrue($"phrase starting U+{(int)p:X4}, word starting U+{(int)t:X4}");
        }
    }
}
