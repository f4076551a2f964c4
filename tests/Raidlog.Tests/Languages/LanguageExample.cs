namespace Raidlog.Tests.Languages;

/// <summary>One line of languages/{lang}/examples/{dimension}.tsv (format: that folder's README.md).</summary>
public sealed record LanguageExample(string Location, string Dimension, DateOnly? Reference, string Text, string Expected,
    IReadOnlyDictionary<string, string> Context)
{
    public override string ToString() => $"{Location} {Text}";

    public string? Get(string key) => Context.TryGetValue(key, out var value) ? value : null;

    /// <summary>The language whose folder holds the example: "languages/de/examples/dates.tsv:3" -> "de".</summary>
    public string Language => Location.Split('/', '\\')[1];

    public static IEnumerable<LanguageExample> ReadAll()
    {
        var root = RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "languages"), "*.tsv", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "examples").Order())
        {
            var relative = Path.GetRelativePath(root, file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
                var cells = lines[i].Split('\t');
                var location = $"{relative}:{i + 1}";
                if (cells.Length is < 3 or > 4) throw new FormatException($"{location}: expected 3-4 tab-separated columns");
                var reference = cells[0] == "-" ? (DateOnly?)null : DateOnly.ParseExact(cells[0], "yyyy-MM-dd");
                var context = cells.Length == 4
                    ? cells[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                        .ToDictionary(p => p[0], p => p.Length == 2 ? p[1] : throw new FormatException($"{location}: '{p[0]}' is not key=value"))
                    : new Dictionary<string, string>();
                // "\n" in a cell is a line break, so an example can span lines (lists, headlines over a body)
                yield return new LanguageExample(location, Path.GetFileNameWithoutExtension(file), reference, cells[1].Replace("\\n", "\n"), cells[2], context);
            }
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Raidlog.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("Raidlog.slnx not found above the test binaries");
    }
}
