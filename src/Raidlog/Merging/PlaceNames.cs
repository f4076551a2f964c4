using System.Text;
using Raidlog.Geography;

namespace Raidlog.Merging;

/// <summary>
/// Place comparison as the scorer does it: case and the generic words Oblast, Region, City, Krai, Republic,
/// Governorate do not distinguish places ("Kyiv City" = "Kyiv", "the Belgorod region" = "Belgorod Oblast").
/// </summary>
public static class PlaceNames
{
    static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
        { "oblast", "region", "city", "krai", "republic", "governorate", "the", "of", "province", "district" };

    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var sb = new StringBuilder(name.Length);
        foreach (var word in name.ToLowerInvariant().Replace('’', '\'').Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (Generic.Contains(word)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word);
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
