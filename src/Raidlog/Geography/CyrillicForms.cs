using Raidlog.Languages;

namespace Raidlog.Geography;

/// <summary>
/// Russian and Ukrainian name forms as rules (languages/ru|uk/places): case endings back to the nominative
/// ("в Раменском" → Раменское), region adjectives and -щина names made from the seat's name
/// ("Курской области", "Сумщина"), compared as stems with their final vowels, й and ь dropped.
/// </summary>
static class CyrillicForms
{
    /// <summary>The countries whose towns GeoNames names in Cyrillic, and English romanises from it.</summary>
    public static readonly HashSet<string> Countries = ["UA", "RU", "BY"];

    const string StemVowels = "аяоеёуюыийіїєь";
    static readonly string[] Languages = ["ru", "uk"];

    static readonly (string Ending, string[] Nominatives)[] CaseEndings = Languages
        .SelectMany(l => LanguageData.ReadTable(l, "places/case-endings.tsv", 2, 2))
        .Select(r => (r[0], r[1].Split(',').Select(e => e == "-" ? "" : e).ToArray()))
        .OrderByDescending(e => e.Item1.Length).ToArray();

    static readonly (string SeatEnding, string RegionEnding)[] StemRules = Languages
        .SelectMany(l => LanguageData.ReadTable(l, "places/region-stems.tsv", 2, 2))
        .Select(r => (r[0] == "-" ? "" : r[0], r[1] == "-" ? "" : r[1])).ToArray();

    /// <summary>Region names no rule makes ("Подмосковье"), as (key, stem, GeoNames admin1 code).</summary>
    public static readonly (string Key, string Stem, string Code)[] RegionNames = Languages
        .SelectMany(l => LanguageData.ReadTable(l, "places/region-names.tsv", 2, 2))
        .Select(r => (NameKey.Normalize(r[0]), Stem(NameKey.Normalize(r[0])), r[1])).ToArray();

    public static bool IsCyrillic(string key) => key.Length > 0 && key[0] is >= '\u0400' and <= '\u04FF';

    /// <summary>The key with its last word's final vowels, й and ь dropped: "курской" → "курск", "сумщині" → "сумщин".</summary>
    public static string Stem(string key)
    {
        int end = key.Length;
        while (end > 3 && StemVowels.Contains(key[end - 1]) && key[end - 2] != ' ') end--;
        return key[..end];
    }

    /// <summary>The stems of the region named after a seat: "курск" for Курск, "одеськ" and "одещин" for Одеса.</summary>
    public static IEnumerable<string> RegionStems(string seatKey)
    {
        var stem = Stem(seatKey);
        foreach (var (seatEnding, regionEnding) in StemRules)
            if (stem.EndsWith(seatEnding, StringComparison.Ordinal))
                yield return stem[..^seatEnding.Length] + regionEnding;
    }

    /// <summary>Nominative candidates for an inflected last word: "раменском" → раменское, раменский, ...</summary>
    public static IEnumerable<string> Nominatives(string key)
    {
        int lastSpace = key.LastIndexOf(' ');
        var (head, word) = (key[..(lastSpace + 1)], key[(lastSpace + 1)..]);
        foreach (var (ending, nominatives) in CaseEndings)
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
                foreach (var nominative in nominatives)
                    yield return head + word[..^ending.Length] + nominative;
    }
}
