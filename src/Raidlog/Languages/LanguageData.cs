using System.Reflection;

namespace Raidlog.Languages;

/// <summary>
/// Reads the language data files under languages/ (embedded in the engine, so the engine needs no file I/O).
/// Files are TSV: one record a line, '#' starts a comment line, blank lines are skipped.
/// Every malformed line fails the load with "file:line: problem", because bad data must never load silently.
/// </summary>
public static class LanguageData
{
    static readonly Assembly Engine = typeof(LanguageData).Assembly;

    /// <summary>The records of languages/{language}/{file}, each with its 1-based line number.</summary>
    public static IReadOnlyList<DataRow> ReadTable(string language, string file, int minColumns, int maxColumns)
    {
        var name = $"languages/{language}/{file}";
        using var stream = Engine.GetManifestResourceStream(name)
            ?? throw new LanguageDataException($"{name}: not found among the embedded language files");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd(), minColumns, maxColumns);
    }

    /// <summary>True when languages/{language}/{file} is among the embedded language files.</summary>
    public static bool Has(string language, string file) =>
        Engine.GetManifestResourceInfo($"languages/{language}/{file}") is not null;

    /// <summary>languages/common/compatibility-folding.tsv: each character's NFKD decomposition (the runtime has no ICU,
    /// so string.Normalize cannot give it). Read once; the scorer port and the gazetteer's keys fold from it.</summary>
    public static IReadOnlyDictionary<char, string> CompatibilityFolding => Folding.Value;

    static readonly Lazy<Dictionary<char, string>> Folding = new(() => ReadTable("common", "compatibility-folding.tsv", 2, 2)
        .ToDictionary(r => (char)Convert.ToInt32(r[0], 16), r => new string(r[1].Split(' ').Select(h => (char)Convert.ToInt32(h, 16)).ToArray())));

    internal static IReadOnlyList<DataRow> Parse(string name, string content, int minColumns, int maxColumns)
    {
        var rows = new List<DataRow>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < minColumns || cells.Length > maxColumns)
                throw new LanguageDataException(
                    $"{name}:{i + 1}: expected {minColumns}-{maxColumns} tab-separated columns, found {cells.Length}");
            if (cells.Any(c => c.Length == 0 || c != c.Trim()))
                throw new LanguageDataException($"{name}:{i + 1}: empty cell or stray spaces around a cell");
            rows.Add(new DataRow(name, i + 1, cells));
        }
        return rows;
    }
}

/// <summary>One record of a language data file; <see cref="Fail"/> builds the file:line error for a bad cell.</summary>
public sealed record DataRow(string File, int Line, string[] Cells)
{
    public string this[int column] => Cells[column];
    public string? Optional(int column) => column < Cells.Length && Cells[column] != "-" ? Cells[column] : null;
    public LanguageDataException Fail(string problem) => new($"{File}:{Line}: {problem}");

    public int Int(int column) => int.TryParse(Cells[column], out var value)
        ? value
        : throw Fail($"'{Cells[column]}' is not a whole number");

    public T Enum<T>(int column) where T : struct, System.Enum => System.Enum.TryParse<T>(Cells[column], true, out var value)
        ? value
        : throw Fail($"'{Cells[column]}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
}

public sealed class LanguageDataException(string message) : Exception(message);
