using System.Globalization;

namespace Raidlog.Geography;

/// <summary>
/// Finds and reads data/gazetteer/gazetteer.tsv, the file tools/gazetteer/build.mjs makes at build time.
/// Each row: kind id name admin1 country lat lon precision population fcode admin2 names(|-separated).
/// </summary>
public static class GazetteerFile
{
    public const string RelativePath = "data/gazetteer/gazetteer.tsv";
    public const string EnvironmentVariable = "RAIDLOG_GAZETTEER";

    /// <summary>RAIDLOG_GAZETTEER, else data/gazetteer/gazetteer.tsv in the app folder or any folder above it.</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnv)
            return File.Exists(fromEnv) ? fromEnv : throw new FileNotFoundException($"{EnvironmentVariable}={fromEnv}: no such file");
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Path.Combine(dir.FullName, RelativePath) is var candidate && File.Exists(candidate))
                    return candidate;
        throw new FileNotFoundException(
            $"{RelativePath} not found above {AppContext.BaseDirectory}; build it with `npm ci --prefix tools/gazetteer && node tools/gazetteer/build.mjs` (dotnet build does this)");
    }

    /// <summary>Calls <paramref name="row"/> for every entry with its raw names, in file order.</summary>
    public static void Read(string path, Action<GazetteerEntry, string[]> row)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, false, 1 << 16);
        // Region, country, feature and district names repeat across 200k rows: keep one copy of each.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(string s) => s.Length == 0 ? null : pool.TryGetValue(s, out var kept) ? kept : pool[s] = s;
        int line = 0;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            var f = text.Split('\t');
            if (f.Length < 12) throw new FormatException($"{path}:{line}: expected 12 tab-separated columns, found {f.Length}");
            var entry = new GazetteerEntry(
                Kind(f[0], path, line), Empty(f[1]), f[2], Shared(f[3]), Shared(f[4]),
                Number(f[5]), Number(f[6]), (PlacePrecision)int.Parse(f[7], CultureInfo.InvariantCulture),
                long.TryParse(f[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop) ? pop : 0,
                Shared(f[9]) ?? "", Shared(f[10]));
            row(entry, f[11].Length == 0 ? [] : f[11].Split('|'));
        }
    }

    static EntryKind Kind(string code, string path, int line) => code switch
    {
        "P" => EntryKind.Place, "D" => EntryKind.District, "A" => EntryKind.Admin1,
        "C" => EntryKind.Country, "L" => EntryKind.Landmark,
        _ => throw new FormatException($"{path}:{line}: unknown row kind '{code}'"),
    };

    static string? Empty(string s) => s.Length == 0 ? null : s;

    static double? Number(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
