using Raidlog.Articles;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;
using Raidlog.Text;

namespace Raidlog.Tests.Languages;

/// <summary>Adapters for the extractor's example files: numbers.tsv and incidents.tsv.</summary>
public static class ExtractionAdapters
{
    static readonly Lazy<IExtractor> Extractor = new(Extractors.Default);

    public static string Numbers(LanguageExample e)
    {
        var found = new NumberParser(LanguageLexicons.For(e.Language)).FindAll(Tokenizer.Tokenize(e.Text));
        return found.Count == 0 ? "none" : string.Join("; ", found.Select(n => n.Value?.ToString() ?? "?"));
    }

    public static string Incidents(LanguageExample e)
    {
        var article = new Article("example", e.Text, new ArticleMetadata(Published: e.Reference, Language: e.Language));
        var incidents = Extractor.Value.Extract(article).Incidents;
        return incidents.Count == 0 ? "none" : string.Join(" ; ", incidents.Select(Describe));
    }

    static string Describe(Incident i)
    {
        var figures = new (string Key, int? Value)[] { ("l", i.Launched), ("i", i.Intercepted), ("s", i.Suppressed), ("k", i.Killed), ("w", i.Injured) }
            .Where(f => f.Value is not null).Select(f => $"{f.Key}={f.Value}");
        return string.Join(" ", new[] { i.Place.Name, i.Date?.ToString("yyyy-MM-dd") ?? "null", i.Mode.ToWire(), i.Attacker ?? "null" }.Concat(figures));
    }
}
