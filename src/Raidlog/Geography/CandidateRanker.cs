using Raidlog.Languages;

namespace Raidlog.Geography;

/// <summary>
/// Scores the entries a name matched: what kind of entry (a country or sea outranks a village of that name),
/// how it matched, population and seat rank, the article's other places, and the conflict's geography.
/// </summary>
sealed class CandidateRanker
{
    static readonly Dictionary<string, double> RegionWeight = LanguageData.ReadTable("common", "places/conflict-regions.tsv", 2, 2)
        .ToDictionary(r => r[0], r => double.TryParse(r[1], System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : throw r.Fail($"'{r[1]}' is not a number"));

    static readonly Dictionary<string, double> ConflictWeight = LanguageData.ReadTable("common", "places/conflict-countries.tsv", 2, 2)
        .ToDictionary(r => r[0], r => double.TryParse(r[1], System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : throw r.Fail($"'{r[1]}' is not a number"));

    public static bool IsConflictCountry(string country) => ConflictWeight.ContainsKey(country);

    public static double Score(GazetteerEntry e, MatchKind match, PlaceQuery q, PlaceContext? context, PlaceWords words)
    {
        double score = e.Kind switch
        {
            EntryKind.Country or EntryKind.Landmark => 6,
            EntryKind.Admin1 => q.Level == PlaceLevel.Region ? 5 : 3,
            EntryKind.District => q.Level == PlaceLevel.District ? 5 : 1.5,
            _ => q.Level == PlaceLevel.Settlement ? 1 : 0,
        };
        score += match switch
        {
            // An entry's own name outweighs a big city's stray alternate (Belgorod lists "Bilhorod-Dnistrovskyi").
            MatchKind.Name => 3, MatchKind.AltName => 1.2, MatchKind.Transliteration => 1.0, MatchKind.Romanisation => 0.8, MatchKind.RegionStem => 2, _ => 0,
        };
        if (e.Kind == EntryKind.Place)
            score += 0.6 * Math.Log10(Math.Max(e.Population, 300) + 1) + 0.5 * e.SeatRank;
        // "the Moscow region" is Moscow Oblast, not the federal city that GeoNames also lists as a region.
        if (q.Level == PlaceLevel.Region && e.Kind == EntryKind.Admin1 && words.NamesRegion(NameKey.Normalize(e.Name)))
            score += 1.5;
        if (e.Country is { } cc)
        {
            score += ConflictWeight.GetValueOrDefault(cc) + (e.Admin1 is { } region ? RegionWeight.GetValueOrDefault(region) : 0);
            if (context is not null)
            {
                if (context.Countries.Contains(cc)) score += 2.5;
                if (e.Admin1 is { } a1 && context.Admin1s.Any(c => SameRegion(c, a1))) score += 3;
            }
        }
        return score;
    }

    /// <summary>Region names compared as score.py does: case and words such as Oblast ignored.</summary>
    public static bool SameRegion(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
        || PlaceWords.Default.Strip(NameKey.Normalize(a)).Core == PlaceWords.Default.Strip(NameKey.Normalize(b)).Core;
}
