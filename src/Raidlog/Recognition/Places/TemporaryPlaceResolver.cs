using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Recognition.Places;

/// <summary>
/// TEMPORARY: resolves the most common names (RU/UA regions and cities, a few capitals, countries) from
/// languages/en/places-temporary.tsv until the GeoNames gazetteer resolver lands. "X region/oblast" picks the
/// region entry, a bare name the town entry.
/// </summary>
public sealed class TemporaryPlaceResolver : IPlaceResolver
{
    static readonly string[] RegionSuffixes = [" oblast", " region", " province", " krai", " territory", " governorate", " republic"];
    readonly Dictionary<string, Place> _towns = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, Place> _regions = new(StringComparer.OrdinalIgnoreCase);

    public TemporaryPlaceResolver(LanguageLexicons data)
    {
        foreach (var (iso, name) in data.CountryNames)
            _towns.TryAdd(name, new Place(name, null, iso, Precision: PlacePrecision.Country));
        if (!data.Extra.TryGetValue("places-temporary.tsv", out var rows)) return;
        foreach (var r in rows)
        {
            bool region = r[3] == "region";
            var place = new Place(r[0], r[1], r[2], Precision: region ? PlacePrecision.Region : PlacePrecision.Town);
            var target = region ? _regions : _towns;
            foreach (var name in r[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Prepend(r[0]))
                target.TryAdd(Key(name, out _), place);
        }
    }

    public PlaceResolution? Resolve(string surface, PlaceContext? context = null)
    {
        var key = Key(surface, out bool region);
        Place? p = null;
        if (region) { if (!_regions.TryGetValue(key, out p) && _towns.TryGetValue(key, out var t) && t.Precision != PlacePrecision.Town) p = t; }
        else if (!_towns.TryGetValue(key, out p)) _regions.TryGetValue(key, out p);
        return p is null ? null : new PlaceResolution(p, [p], region ? "region word" : "name");
    }

    static string Key(string name, out bool region)
    {
        var s = name.Trim().ToLowerInvariant().Replace('’', '\'');
        if (s.StartsWith("the ")) s = s[4..];
        region = false;
        foreach (var suffix in RegionSuffixes)
            if (s.EndsWith(suffix)) { s = s[..^suffix.Length]; region = true; break; }
        return s;
    }
}
