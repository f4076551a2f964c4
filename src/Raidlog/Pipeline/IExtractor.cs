using Raidlog.Articles;

namespace Raidlog.Pipeline;

/// <summary>Turns one article into its incidents. Implementations are immutable and thread-safe.</summary>
public interface IExtractor
{
    Extraction Extract(Article article);
}
