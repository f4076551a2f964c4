using System.Text.RegularExpressions;
using Raidlog.Languages;

namespace Raidlog.Recognition.Actors;

public enum ActorKind { Demonym, Country, Capital, Group }

public sealed record ActorAlias(string Alias, string Iso2, ActorKind Kind);

/// <summary>A language's names for the sides of conflicts, attack words and target fallbacks (languages/{lang}).</summary>
public sealed class ActorLexicon
{
    public required IReadOnlyList<ActorAlias> Aliases { get; init; }
    public required IReadOnlyDictionary<string, ActorAlias> ByAlias { get; init; }
    public required IReadOnlyList<string> AttackNouns { get; init; }
    public required IReadOnlyList<string> AttackVerbs { get; init; }
    /// <summary>(target country, admin1 or null for any) -> attacker.</summary>
    public required IReadOnlyDictionary<(string Country, string? Admin1), string> Fallbacks { get; init; }

    public static ActorLexicon Load(string language)
    {
        var aliases = new List<ActorAlias>();
        var byAlias = new Dictionary<string, ActorAlias>();
        foreach (var row in LanguageData.ReadTable(language, "actors.tsv", 3, 3))
        {
            var alias = new ActorAlias(row[0], Iso2(row, 1), row.Enum<ActorKind>(2));
            if (!byAlias.TryAdd(alias.Alias, alias)) throw row.Fail($"'{alias.Alias}' is listed twice");
            aliases.Add(alias);
        }
        var words = LanguageData.ReadTable(language, "attack-words.tsv", 2, 2);
        foreach (var row in words.Where(r => r[1] is not ("noun" or "verb")))
            throw row.Fail($"role '{row[1]}' is not noun or verb");

        var fallbacks = new Dictionary<(string, string?), string>();
        foreach (var row in LanguageData.ReadTable(language, "conflict-fallback.tsv", 4, 4))
            if (!fallbacks.TryAdd((Iso2(row, 0), row.Optional(1)), Iso2(row, 2)))
                throw row.Fail("this target is listed twice");

        return new ActorLexicon
        {
            Aliases = aliases,
            ByAlias = byAlias,
            AttackNouns = words.Where(r => r[1] == "noun").Select(r => r[0]).ToList(),
            AttackVerbs = words.Where(r => r[1] == "verb").Select(r => r[0]).ToList(),
            Fallbacks = fallbacks,
        };
    }

    static string Iso2(DataRow row, int column) => Regex.IsMatch(row[column], "^[A-Z]{2}$")
        ? row[column]
        : throw row.Fail($"'{row[column]}' is not an ISO 3166 alpha-2 code");

    /// <summary>A regex alternation of the aliases of the given kinds, longest first, as whole words.</summary>
    public string Alternation(params ActorKind[] kinds) => Words(Aliases.Where(a => kinds.Contains(a.Kind)).Select(a => a.Alias));

    public static string Words(IEnumerable<string> phrases) =>
        "(?<![\\w-])(?:" + string.Join("|", phrases.OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+").Replace("'", "['’]"))) + ")(?![\\w-])";
}
