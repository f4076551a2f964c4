namespace Raidlog.Articles;

/// <summary>
/// How much one article may weigh. The longest real reports are well under 200 KB of text; a file of
/// more than 5 MB is a dump, a book or a mistake, and reading it whole would only cost memory.
/// </summary>
public static class ReadLimits
{
    public const int MaxArticleBytes = 5 * 1024 * 1024;

    public static string TooLarge(long bytes) =>
        $"too large ({bytes / (1024.0 * 1024.0):0.#} MB; an article may have at most {MaxArticleBytes / (1024 * 1024)} MB of text)";
}
