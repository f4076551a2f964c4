using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Tests.Text;

public class SegmentationTests
{
    static readonly SentenceSplitter Splitter = new(LanguageLexicons.English.Abbreviations);

    static List<string> Sentences(string text) => Splitter.Split(text).Select(s => s.Span.Of(text)).ToList();

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        Sentences("Drones struck on Aug. 11 near the plant. Gen. Ivanov said so.")
            .ShouldBe(["Drones struck on Aug. 11 near the plant.", "Gen. Ivanov said so."]);
    }

    [Fact]
    public void Run_together_sentences_and_line_breaks_split()
    {
        Sentences("The city lost power.Russia launched 40 drones\nNine were downed")
            .ShouldBe(["The city lost power.", "Russia launched 40 drones", "Nine were downed"]);
    }

    [Fact]
    public void Tokens_keep_offsets_and_fold_apostrophes_and_possessives()
    {
        var text = "Russia’s Kh-101 missiles";
        var tokens = Tokenizer.Tokenize(text);

        tokens.Select(t => t.Norm).ShouldBe(["russia", "kh", "-", "101", "missiles"]);
        tokens[3].Span.Of(text).ShouldBe("101");
        tokens[3].Kind.ShouldBe(TokenKind.Number);
    }
}
