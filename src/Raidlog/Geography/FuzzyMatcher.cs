using FuzzySharp;

namespace Raidlog.Geography;

/// <summary>
/// Typo tolerance ("Kharikv", "Zaporizhzhya"): the closest spelling among the names of countries, regions,
/// landmarks and larger towns, accepted only when it is close; entries about as close compete in the ranking.
/// </summary>
static class FuzzyMatcher
{
    const int MinRatio = 85, MinLength = 5, Margin = 4;

    /// <summary>Every entry about as close as the closest (the ranker then chooses, or calls it ambiguous).</summary>
    public static List<(int Entry, MatchKind Kind)> Find(List<(string Key, int Entry)> pool, string key)
    {
        if (key.Length < MinLength || key[0] >= 128) return [];
        var scored = new List<(int Ratio, int Entry)>();
        foreach (var (candidate, entry) in pool)
        {
            // Typos rarely hit the first letter; checking only names that share it keeps a miss under a millisecond.
            if (candidate[0] != key[0] || Math.Abs(candidate.Length - key.Length) > 2) continue;
            int ratio = Fuzz.Ratio(key, candidate);
            if (ratio >= MinRatio) scored.Add((ratio, entry));
        }
        if (scored.Count == 0) return [];
        int best = scored.Max(s => s.Ratio);
        return scored.Where(s => s.Ratio > best - Margin).Select(s => s.Entry).Distinct().Select(e => (e, MatchKind.Fuzzy)).ToList();
    }
}
