using FuzzySharp;

namespace Raidlog.Geography;

/// <summary>
/// Typo tolerance ("Kharikv", "Zaporizhzhya"): the closest spelling among the names of countries, regions,
/// landmarks and larger towns, accepted only when it is close and no other entry is about as close.
/// </summary>
static class FuzzyMatcher
{
    const int MinRatio = 85, MinLength = 5, Margin = 4;

    public static List<(int Entry, MatchKind Kind)> Find(List<(string Key, int Entry)> pool, string key)
    {
        if (key.Length < MinLength || key[0] >= 128) return [];
        int best = 0, second = 0, bestEntry = -1;
        foreach (var (candidate, entry) in pool)
        {
            // Typos rarely hit the first letter; checking only names that share it keeps a miss under a millisecond.
            if (candidate[0] != key[0] || Math.Abs(candidate.Length - key.Length) > 2) continue;
            int ratio = Fuzz.Ratio(key, candidate);
            if (ratio > best)
            {
                if (entry != bestEntry) second = best;
                best = ratio;
                bestEntry = entry;
            }
            else if (entry != bestEntry && ratio > second) second = ratio;
        }
        return best >= MinRatio && best - second >= Margin ? [(bestEntry, MatchKind.Fuzzy)] : [];
    }
}
