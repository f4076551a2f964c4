using System.Reflection;
using Raidlog.Text;

namespace Raidlog.Languages;

/// <summary>
/// Guesses an article's language from its commonest words (languages/XX/stop-words.tsv) when its metadata does
/// not say. Function words ("the", "und", "der") make up a third of any news text, so counting them over the
/// first ~2,000 characters separates the languages we have pipelines for at almost no cost, with no model to ship.
/// A text with too few of them (a table, a Russian text) stays <see cref="Fallback"/>.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Enough words to tell a language by: the first paragraphs of a report.</summary>
    const int SampleChars = 2000;
    /// <summary>Fewer hits than this is no evidence at all ("Kyiv, 12.05." says nothing).</summary>
    const int MinimumHits = 3;

    public const string Fallback = "en";

    readonly Dictionary<string, string[]> _languagesOfWord = new(StringComparer.Ordinal);
    readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    public LanguageDetector(IEnumerable<(string Language, IEnumerable<string> Words)> lists)
    {
        _wordLookup = _languagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (language, words) in lists)
            foreach (var word in words)
                _languagesOfWord[word] = _languagesOfWord.TryGetValue(word, out var already) ? [.. already, language] : [language];
    }

    /// <summary>Every language folder with a stop-words.tsv among the embedded language files.</summary>
    public static LanguageDetector Default { get; } = new(Embedded());

    static IEnumerable<(string, IEnumerable<string>)> Embedded()
    {
        const string prefix = "languages/", file = "/stop-words.tsv";
        foreach (var name in Assembly.GetExecutingAssembly().GetManifestResourceNames())
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(file, StringComparison.Ordinal))
            {
                var language = name[prefix.Length..^file.Length];
                if (language.Contains('/')) continue;
                yield return (language, LanguageData.ReadTable(language, "stop-words.tsv", 1, 1).Select(r => r[0].ToLowerInvariant()).ToList());
            }
    }

    /// <summary>The language whose common words the text uses most; <see cref="Fallback"/> when none stands out.</summary>
    public string Detect(string text)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        // Words are looked up as normalised spans: a detector that only counts needs no token strings.
        Span<char> buffer = stackalloc char[128];
        int end = Math.Min(text.Length, SampleChars);
        for (int i = 0; Tokenizer.Next(text, ref i, end, out int start, out var kind);)
        {
            if (kind != TokenKind.Word || i - start > buffer.Length) continue;
            if (_wordLookup.TryGetValue(Tokenizer.Normalise(text.AsSpan(start, i - start), buffer), out var languages))
                foreach (var language in languages) hits[language] = hits.GetValueOrDefault(language) + 1;
        }
        var best = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key == Fallback ? 0 : 1).FirstOrDefault();
        return best.Value >= MinimumHits ? best.Key : Fallback;
    }
}
