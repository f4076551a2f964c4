using System.Reflection;

namespace Raidlog;

/// <summary>
/// Opens the language data under languages/ (embedded into the engine at build time, so a published
/// binary needs no data folder beside it) and splits TSV data into lines that know where they came from.
/// </summary>
public static class LanguageFiles
{
    static readonly Assembly Engine = typeof(LanguageFiles).Assembly;

    /// <summary>Opens e.g. ("en", "noise.tsv"); throws when the file was not built in (a programming error).</summary>
    public static TextReader Open(string language, string file)
    {
        var name = $"languages/{language}/{file}";
        var stream = Engine.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"language file {name} is not embedded in the engine", name);
        return new StreamReader(stream);
    }

    /// <summary>The data rows of a TSV file: blank lines and '#' comments skipped, fields split on tabs.</summary>
    public static IEnumerable<TsvRow> ReadTsv(string language, string file)
    {
        using var reader = Open(language, file);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            yield return new TsvRow($"languages/{language}/{file}:{lineNo}", line.Split('\t'));
        }
    }
}

/// <summary>One data line of a language file; Where is "path:line" for error messages.</summary>
public sealed record TsvRow(string Where, string[] Fields)
{
    public string Field(int index) => index < Fields.Length
        ? Fields[index]
        : throw new FormatException($"{Where}: expected at least {index + 1} tab-separated fields, found {Fields.Length}");
}
