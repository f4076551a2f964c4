using Raidlog.Articles;
using Raidlog.Incidents;
using Raidlog.Pipeline;

namespace Raidlog.Tests.Languages;

/// <summary>figures.tsv: the figures of every incident the extractor finds, e.g. "l=59 i=58 ; k=2".</summary>
public static class FigureAdapters
{
    static readonly Lazy<IExtractor> Extractor = new(() => Extractors.Default());

    public static string Figures(LanguageExample e)
    {
        var article = new Article("example", e.Text, new ArticleMetadata(Published: e.Reference, Language: e.Language));
        var described = Extractor.Value.Extract(article).Incidents.Select(Describe).Where(d => d != "").ToList();
        return described.Count == 0 ? "none" : string.Join(" ; ", described);
    }

    static string Describe(Incident i) => string.Join(" ",
        new (string Key, int? Value)[] { ("l", i.Launched), ("i", i.Intercepted), ("s", i.Suppressed), ("k", i.Killed), ("w", i.Injured) }
            .Where(f => f.Value is not null).Select(f => $"{f.Key}={f.Value}"));
}
