using Raidlog.Languages;

namespace Raidlog.Geography;

/// <summary>
/// Spelling rules applied to keys on both sides of a lookup (languages/common/places): romanised Arabic articles
/// ("al qamishli" also as "qamishli") and Slavic adjective endings written one way ("rossoshanskiy" as "rossoshansky").
/// </summary>
static class NameVariants
{
    static readonly string[] Articles = LanguageData.ReadTable("common", "places/name-prefixes.tsv", 1, 1)
        .Select(r => r[0] + " ").ToArray();
    static readonly (string Ending, string Written)[] Endings = LanguageData.ReadTable("common", "places/adjective-endings.tsv", 2, 2)
        .Select(r => (r[0], r[1])).OrderByDescending(e => e.Item1.Length).ToArray();

    /// <summary>The key without a leading article, or null when it has none (or is nothing but one).</summary>
    public static string? WithoutArticle(string key)
    {
        foreach (var article in Articles)
            if (key.Length > article.Length + 2 && key.StartsWith(article, StringComparison.Ordinal))
                return key[article.Length..];
        return null;
    }

    /// <summary>"al", "el", "ad": a romanised article standing as a word of its own.</summary>
    public static bool IsArticle(string word) => Articles.Any(a => a.Length == word.Length + 1 && a.StartsWith(word, StringComparison.Ordinal));

    /// <summary>
    /// "izyum" also as "izium": Ukrainian romanisation writes ю, я, є inside a word as iu, ia, ie where the Russian
    /// form's romanisation (often GeoNames' only Latin name) has yu, ya, ye. Null when the key has none.
    /// </summary>
    public static string? UkrainianVowels(string key)
    {
        var chars = key.ToCharArray();
        bool changed = false;
        for (int i = 1; i + 1 < chars.Length; i++)
            if (chars[i] == 'y' && chars[i - 1] != ' ' && chars[i + 1] is 'u' or 'a' or 'e') { chars[i] = 'i'; changed = true; }
        return changed ? new string(chars) : null;
    }

    static readonly string[] LatinAdjectiveEndings = ["skaya", "skoy", "skoi", "skoye", "skiy", "skyi", "ska", "sky", "ske"];

    /// <summary>"belgorodskaya" → "belgorod"; "kurskaya" → "kursk" (then "kur"): region adjectives romanised.</summary>
    public static IEnumerable<string> LatinRegionStems(string key)
    {
        foreach (var ending in LatinAdjectiveEndings)
            if (key.Length > ending.Length + 2 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return key[..^(ending.Length - 2)];
                yield return key[..^ending.Length];
                yield break;
            }
    }

    /// <summary>Every word's adjective ending in its one written form.</summary>
    public static string AdjectiveForm(string key)
    {
        if (!key.Contains("sk", StringComparison.Ordinal)) return key;
        var words = key.Split(' ');
        for (int i = 0; i < words.Length; i++)
            foreach (var (ending, written) in Endings)
                if (words[i].Length > ending.Length + 2 && words[i].EndsWith(ending, StringComparison.Ordinal))
                {
                    words[i] = words[i][..^ending.Length] + written;
                    break;
                }
        return string.Join(' ', words);
    }

    /// <summary>
    /// "shevchenko" → "shevchenkivsky", "lenin" → "leninsky": the adjectives Russian and Ukrainian make of a noun to name
    /// a district after it ("the Shevchenko district" is Shevchenkivskyi Raion), in the one written form of <see cref="AdjectiveForm"/>.
    /// </summary>
    public static IEnumerable<string> DistrictAdjectives(string key)
    {
        if (key.Length < 4 || key.Contains(' ') || key.EndsWith("sky", StringComparison.Ordinal) || key[0] >= 128) yield break;
        if (key[^1] is 'o' or 'a' or 'e')
        {
            yield return key[..^1] + "ivsky";
            yield return key[..^1] + "ovsky";
        }
        else
        {
            yield return key + "sky";
            yield return key + "ivsky";
            yield return key + "ovsky";
        }
    }
}
