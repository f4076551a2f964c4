using System.Text;
using Raidlog.Geography;

namespace Raidlog.Merging;

/// <summary>
/// Place names as keys for merging. Spellings of one place compare equal ("the Belgorod region" = "Belgorod Oblast",
/// "Kyiv City" = "Kyiv", "Krasnodar Krai" = "Krasnodar region"), but a city and its surrounding region do not:
/// "Moscow" is not "Moscow Oblast", "Kyiv" is not "Kyiv Oblast".
/// </summary>
public static class PlaceNames
{
    static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "the", "of", "city", "republic" };
    static readonly HashSet<string> RegionWords = new(StringComparer.Ordinal) { "oblast", "region", "krai", "province", "governorate" };

    /// <summary>What two reports must share to be at the same place: the gazetteer's name, whatever each outlet's spelling.</summary>
    public static string KeyOf(Raidlog.Geography.Place p) => Normalize(p.CanonicalName);

    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var sb = new StringBuilder(name.Length);
        foreach (var word in name.ToLowerInvariant().Replace('’', '\'').Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Dropped.Contains(word)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(RegionWords.Contains(word) ? "oblast" : word);
        }
        return sb.ToString();
    }

    public enum Level { Town, Region, Country }

    /// <summary>How wide a place is: a wave total over the country, a whole region, or something inside one.</summary>
    public static Level LevelOf(Place p)
    {
        if (p.Precision == PlacePrecision.Country) return Level.Country;
        if (p.Precision == PlacePrecision.Region) return Level.Region;
        if (p.Admin1 != null && Normalize(p.Admin1) == Normalize(p.Name)) return Level.Region;
        return Level.Town;
    }
}
