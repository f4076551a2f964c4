using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;
using Raidlog.Text;

namespace Raidlog.Web.Api.Wire;

/// <summary>
/// Finds where a sentence states a figure, so the dashboard can highlight it: the first quantity the engine's
/// <see cref="NumberParser"/> reads in the sentence ("8", "1,200", "eight", "two dozen") that equals the value.
/// A claim does not say its article's language, so each language's number words are tried, English first
/// ("eight", "acht"); digits read the same in all of them.
/// </summary>
static class FigureMarker
{
    static readonly Lazy<NumberParser[]> Parsers = new(() => LanguageLexicons.Available.OrderBy(l => l == "en" ? 0 : 1)
        .Select(l => new NumberParser(LanguageLexicons.For(l))).ToArray());

    public static MarkItem? Find(string sentence, int? value)
    {
        if (value is null || sentence.Length == 0) return null;
        var tokens = Tokenizer.Tokenize(sentence);
        foreach (var parser in Parsers.Value)
            foreach (var mention in parser.FindAll(tokens))
                if (mention.Value == value)
                    return new MarkItem(tokens[mention.Start].Start, tokens[mention.End - 1].End);
        return null;
    }
}
