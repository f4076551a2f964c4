using Raidlog.Languages;

namespace Raidlog.Recognition.Lexicons;

/// <summary>One data row of a language TSV file, remembering where it came from for error messages.</summary>
public sealed record TsvRow(string File, int Line, string[] Cells)
{
    public string this[int i] => i < Cells.Length ? Cells[i] : "";

    public LanguageDataException Error(string message) => new($"{File}:{Line}: {message}");

    public T Enum<T>(int i) where T : struct, System.Enum =>
        System.Enum.TryParse<T>(this[i], ignoreCase: true, out var v) ? v
            : throw Error($"'{this[i]}' is not one of {string.Join(", ", System.Enum.GetNames<T>()).ToLowerInvariant()}");

    public int Int(int i) => int.TryParse(this[i], out var v) ? v : throw Error($"'{this[i]}' is not a whole number");

    /// <summary>Reads TSV text: '#' starts a comment line, blank lines are skipped, cells are trimmed.</summary>
    public static List<TsvRow> Parse(string file, string content, int minCells = 1)
    {
        var rows = new List<TsvRow>();
        var lines = content.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            var row = new TsvRow(file, n + 1, cells);
            if (cells.Length < minCells || cells[..minCells].Any(c => c.Length == 0))
                throw row.Error($"expected {minCells} tab-separated cells, found {cells.Count(c => c.Length > 0)}");
            rows.Add(row);
        }
        return rows;
    }
}
