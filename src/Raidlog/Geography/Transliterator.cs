using Raidlog.Languages;

namespace Raidlog.Geography;

/// <summary>
/// Romanises a Cyrillic name by table-driven rules (languages/ru|uk/places/translit.tsv), once per system,
/// so "Запорожье" gives zaporozhye and zaporozhe, and "Хмельницький" gives khmelnytskyi, khmelnytskyy, khmelnytsky.
/// </summary>
sealed class Transliterator
{
    const int Systems = 3;
    const string Vowels = "аеёиоуыэюяіїєьъ";
    readonly Dictionary<string, Rule> _rules = new(), _endRules = new();
    readonly Dictionary<string, Rule>.AlternateLookup<ReadOnlySpan<char>> _byLetters, _byEndLetters;
    readonly int _longest;

    sealed record Rule(string[] Default, string[]? AtStart, string[]? AfterVowel);

    Transliterator(string language)
    {
        foreach (var row in LanguageData.ReadTable(language, "places/translit.tsv", 2, 4))
        {
            var cells = row.Cells;
            var rule = new Rule(Expand(cells[1]), Optional(cells, 2), Optional(cells, 3));
            if (cells[0].EndsWith('$')) _endRules[cells[0].TrimEnd('$')] = rule;
            else _rules[cells[0]] = rule;
            _longest = Math.Max(_longest, cells[0].TrimEnd('$').Length);
        }
        _byLetters = _rules.GetAlternateLookup<ReadOnlySpan<char>>();
        _byEndLetters = _endRules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static readonly Transliterator Russian = new("ru");
    public static readonly Transliterator Ukrainian = new("uk");

    static string[]? Optional(string[] cells, int i) => cells.Length > i && cells[i].Trim().Length > 0 ? Expand(cells[i]) : null;

    static string[] Expand(string cell)
    {
        var parts = cell.Split(',').Select(p => p.Trim() == "-" ? "" : p.Trim()).ToArray();
        return Enumerable.Range(0, Systems).Select(i => parts[Math.Min(i, parts.Length - 1)]).ToArray();
    }

    /// <summary>The distinct romanisations of a normalised Cyrillic key (see <see cref="NameKey"/>).</summary>
    public IEnumerable<string> Variants(string key)
    {
        var seen = new HashSet<string>();
        for (int system = 0; system < Systems; system++)
            if (Romanise(key, system) is { } latin && seen.Add(latin)) yield return latin;
    }

    string? Romanise(string key, int system)
    {
        var sb = new System.Text.StringBuilder(key.Length + 8);
        for (int i = 0; i < key.Length;)
        {
            char c = key[i];
            if (c is < '\u0400' or > '\u04FF') { sb.Append(c); i++; continue; }
            var (rule, length) = Match(key, i);
            if (rule is null) return null; // a letter outside this language's alphabet
            bool start = i == 0 || key[i - 1] == ' ';
            bool afterVowel = !start && Vowels.Contains(key[i - 1]);
            var options = start ? rule.AtStart ?? rule.Default : afterVowel ? rule.AfterVowel ?? rule.Default : rule.Default;
            sb.Append(options[system]);
            i += length;
        }
        return sb.ToString();
    }

    (Rule? Rule, int Length) Match(string key, int at)
    {
        for (int length = Math.Min(_longest, key.Length - at); length >= 1; length--)
        {
            var letters = key.AsSpan(at, length);
            bool atEnd = at + length == key.Length || key[at + length] == ' ';
            if (atEnd && _byEndLetters.TryGetValue(letters, out var end)) return (end, length);
            if (_byLetters.TryGetValue(letters, out var rule)) return (rule, length);
        }
        return (null, 1);
    }

    /// <summary>Both tables where a name could be either language; only one when its letters say which.</summary>
    public static IEnumerable<string> AllVariants(string key)
    {
        bool ukrainian = key.AsSpan().IndexOfAny("іїєґ") >= 0, russian = key.AsSpan().IndexOfAny("ыэъ") >= 0;
        var variants = new List<string>(6);
        if (!russian) variants.AddRange(Ukrainian.Variants(key));
        if (!ukrainian) variants.AddRange(Russian.Variants(key));
        return variants.Distinct();
    }
}
