using Raidlog.Articles;

namespace Raidlog.Pipeline;

/// <summary>
/// Sends each article to the pipeline of its language (<see cref="ArticleMetadata.Language"/>: what the metadata
/// says, or what the reader's detector found). A language without a pipeline goes to the fallback (English):
/// its place names and digits still give something, where no pipeline would give nothing.
/// </summary>
public sealed class LanguageDispatcher(IReadOnlyDictionary<string, Lazy<IExtractor>> pipelines, string fallback) : IExtractor
{
    public Extraction Extract(Article article) => For(article).Extract(article);

    public Extraction Explain(Article article, ICollection<string> trace)
    {
        trace.Add($"language: {article.Metadata.Language}{(pipelines.ContainsKey(article.Metadata.Language) ? "" : $" (no pipeline; {fallback} used)")}");
        return For(article).Explain(article, trace);
    }

    IExtractor For(Article article) =>
        (pipelines.TryGetValue(article.Metadata.Language, out var pipeline) ? pipeline : pipelines[fallback]).Value;
}
