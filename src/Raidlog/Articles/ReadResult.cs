namespace Raidlog.Articles;

/// <summary>What reading one input gave: an article, or a one-line reason it could not be read.</summary>
public sealed record ReadResult(string Source, Article? Article, string? Error)
{
    public static ReadResult Ok(string source, Article article) => new(source, article, null);
    public static ReadResult Fail(string source, string error) => new(source, null, error);
}
