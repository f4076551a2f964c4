using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;
using Raidlog.Text;

namespace Raidlog.Web.Api.Wire;

/// <summary>
/// Finds where a sentence states a figure, so the dashboard can highlight it: the first quantity the engine's
/// <see cref="NumberParser"/> reads in the sentence ("8", "1,200", "eight", "two dozen") that equals the value.
/// Stored reports carry no language yet, so English number words are used.
/// </summary>
static class FigureMarker
{
    static readonly Lazy<NumberParser> Parser = new(() => new NumberParser(LanguageLexicons.English));

    public static MarkItem? Find(string sentence, int? value)
    {
        if (value is null || sentence.Length == 0) return null;
        var tokens = Tokenizer.Tokenize(sentence);
        foreach (var mention in Parser.Value.FindAll(tokens))
            if (mention.Value == value)
                return new MarkItem(tokens[mention.Start].Start, tokens[mention.End - 1].End);
        return null;
    }
}
