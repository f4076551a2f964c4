using Raidlog.Languages;

namespace Raidlog.Geography;

/// <summary>What the words around a name say about the place: "the Belgorod region" is a region, "Brovary district" a district.</summary>
public enum PlaceLevel { Any, Settlement, District, Region }

/// <summary>The place words of every language (languages/*/places/words.tsv), by normalised phrase.</summary>
sealed class PlaceWords
{
    static readonly string[] Languages = ["en", "de", "ru", "uk"];
    readonly Dictionary<string, PlaceLevel?> _roles = new();

    public int LongestPhrase { get; }

    PlaceWords()
    {
        foreach (var language in Languages)
            foreach (var row in LanguageData.ReadTable(language, "places/words.tsv", 2, 2))
            {
                var cells = row.Cells;
                PlaceLevel? role = cells[1] switch
                {
                    "region" => PlaceLevel.Region,
                    "district" => PlaceLevel.District,
                    "settlement" => PlaceLevel.Settlement,
                    "skip" => null,
                    var other => throw row.Fail($"unknown role '{other}' (region, district, settlement or skip)"),
                };
                var key = NameKey.Normalize(cells[0]);
                _roles[key] = role;
                LongestPhrase = Math.Max(LongestPhrase, key.Split(' ').Length);
            }
    }

    public static readonly PlaceWords Default = new();

    public bool TryGet(string phrase, out PlaceLevel? role) => _roles.TryGetValue(phrase, out role);

    /// <summary>Drops place words from both ends of a key: "the belgorod region" gives ("belgorod", Region).</summary>
    public (string Core, PlaceLevel Level) Strip(string key)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var level = PlaceLevel.Any;
        for (bool changed = true; changed && words.Count > 1;)
        {
            changed = false;
            for (int n = Math.Min(LongestPhrase, words.Count - 1); n >= 1 && !changed; n--)
            {
                if (TryGet(string.Join(' ', words.Take(n)), out var role))
                {
                    words.RemoveRange(0, n);
                    level = Stronger(level, role);
                    changed = true;
                }
                else if (TryGet(string.Join(' ', words.Skip(words.Count - n)), out role))
                {
                    words.RemoveRange(words.Count - n, n);
                    level = Stronger(level, role);
                    changed = true;
                }
            }
        }
        return (string.Join(' ', words), level);
    }

    static PlaceLevel Stronger(PlaceLevel current, PlaceLevel? role) => role is { } r && r > current ? r : current;

    /// <summary>True when a GeoNames region name carries a region word ("Moscow Oblast", not "Moscow").</summary>
    public bool NamesRegion(string key) =>
        key.Split(' ').Any(w => TryGet(w, out var role) && role == PlaceLevel.Region);
}
