namespace Raidlog.Articles;

/// <summary>
/// Which files of a folder are articles: every .txt, .json and .jsonl below it (sorted, so runs are
/// repeatable), except ID.meta.json sidecars and the ID.json gold or metadata file beside an ID.txt.
/// </summary>
public static class InputFiles
{
    static readonly string[] Extensions = [".txt", ".json", ".jsonl"];

    public static IEnumerable<string> In(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsArticle)
            .Order(StringComparer.Ordinal);

    static bool IsArticle(string file)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        if (!Extensions.Contains(ext)) return false;
        if (ext != ".json") return true;
        if (file.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase)) return false;
        return !File.Exists(Path.ChangeExtension(file, ".txt"));
    }
}
