using System.Text.RegularExpressions;
using Raidlog.Languages;
using Raidlog.Text;

namespace Raidlog.Recognition.Actors;

public enum ActorKind { Demonym, Country, Capital, Group }

public sealed record ActorAlias(string Alias, string Iso2, ActorKind Kind);

/// <summary>The roles of attacker-words.tsv; one word may have several ("strikes" is a noun and a verb).</summary>
[Flags]
public enum AttackWord
{
    None = 0, Noun = 1, Verb = 2, Defence = 4, Passive = 8, TargetLead = 16, Defended = 32, Agent = 64,
    Auxiliary = 128, Filler = 256, Enemy = 512, Supplier = 1024, Origin = 2048, Speech = 4096,
}

/// <summary>A language's names for the sides of conflicts, attack words and target fallbacks (languages/{lang}).</summary>
public sealed class ActorLexicon
{
    public required IReadOnlyList<ActorAlias> Aliases { get; init; }
    public required IReadOnlyDictionary<string, ActorAlias> ByAlias { get; init; }
    public required CasedPhraseMatcher<ActorAlias> AliasMatcher { get; init; }
    public required CasedPhraseMatcher<AttackWord> WordMatcher { get; init; }
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

        var roles = new Dictionary<string, AttackWord>();
        foreach (var row in LanguageData.ReadTable(language, "attacker-words.tsv", 2, 2))
            roles[row[0]] = roles.GetValueOrDefault(row[0])
                | (Enum.TryParse<AttackWord>(row[1].Replace("-", ""), true, out var role) && role != AttackWord.None
                    ? role
                    : throw row.Fail($"'{row[1]}' is not a role (see the file's header)"));

        var fallbacks = new Dictionary<(string, string?), string>();
        foreach (var row in LanguageData.ReadTable(language, "conflict-fallback.tsv", 4, 4))
            if (!fallbacks.TryAdd((Iso2(row, 0), row.Optional(1)), Iso2(row, 2)))
                throw row.Fail("this target is listed twice");

        return new ActorLexicon
        {
            Aliases = aliases,
            ByAlias = byAlias,
            AliasMatcher = new(aliases.Select(a => (a.Alias, a))),
            WordMatcher = new(roles.Select(r => (r.Key, r.Value))),
            Fallbacks = fallbacks,
        };
    }

    static string Iso2(DataRow row, int column) => Regex.IsMatch(row[column], "^[A-Z]{2}$")
        ? row[column]
        : throw row.Fail($"'{row[column]}' is not an ISO 3166 alpha-2 code");
}
