using Raidlog.Articles;

namespace Raidlog.Pipeline;

/// <summary>Turns one article into its incidents. Implementations are immutable and thread-safe.</summary>
public interface IExtractor
{
    Extraction Extract(Article article);

    /// <summary>The same extraction, with one line per decision: each sentence's mentions and where each figure went.</summary>
    Extraction Explain(Article article, ICollection<string> trace);
}
