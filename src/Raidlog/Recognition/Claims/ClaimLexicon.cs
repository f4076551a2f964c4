using System.Text.RegularExpressions;
using Raidlog.Languages;
using Raidlog.Recognition.Actors;

namespace Raidlog.Recognition.Claims;

sealed record Source(string Phrase, string Name, SourceKind Kind, string? Side);

/// <summary>A language's attribution cues, sources, known speakers and stance phrases (languages/{lang}).</summary>
sealed class ClaimLexicon
{
    public required IReadOnlyList<(string Phrase, bool SourceAfter)> Cues { get; init; }
    public required IReadOnlyDictionary<string, Source> Sources { get; init; }
    public required IReadOnlyDictionary<string, (string Name, string Side)> Speakers { get; init; }
    public required IReadOnlyList<(string Phrase, StanceKind Kind)> Stances { get; init; }
    public required ActorLexicon Actors { get; init; }
    /// <summary>ISO2 -> the adjective a normalised claimant takes ("RU" -> "Russian").</summary>
    public required IReadOnlyDictionary<string, string> Demonyms { get; init; }

    public static ClaimLexicon Load(string language, ActorLexicon actors)
    {
        var cues = LanguageData.ReadTable(language, "claim-verbs.tsv", 2, 2).Select(r => r[1] switch
        {
            "before" => (r[0], false),
            "after" => (r[0], true),
            _ => throw r.Fail($"'{r[1]}' is not before or after"),
        }).ToList();

        var sources = new Dictionary<string, Source>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in LanguageData.ReadTable(language, "claimant-sources.tsv", 4, 4))
        {
            var kind = r[2] switch
            {
                "organisation" => SourceKind.Organisation,
                "title" => SourceKind.Title,
                "outlet" => SourceKind.Outlet,
                "group" => SourceKind.Group,
                _ => throw r.Fail($"kind '{r[2]}' is not organisation, title, outlet or group"),
            };
            if (!sources.TryAdd(r[0], new Source(r[0], r[1], kind, r.Optional(3)))) throw r.Fail($"'{r[0]}' is listed twice");
        }

        var speakers = new Dictionary<string, (string, string)>();
        foreach (var r in LanguageData.ReadTable(language, "speakers.tsv", 3, 3))
            if (!speakers.TryAdd(r[0], (r[1], r[2]))) throw r.Fail($"'{r[0]}' is listed twice");

        var stances = LanguageData.ReadTable(language, "stances.tsv", 2, 2).Select(r => (r[0], r.Enum<StanceKind>(1))).ToList();

        var demonyms = actors.Aliases.Where(a => a.Kind == ActorKind.Demonym && Regex.IsMatch(a.Alias, "^[A-Z][a-z]"))
            .GroupBy(a => a.Iso2).ToDictionary(g => g.Key, g => g.First().Alias);
        return new ClaimLexicon
        {
            Cues = cues, Sources = sources, Speakers = speakers, Stances = stances, Actors = actors, Demonyms = demonyms,
        };
    }

    /// <summary>A whole-word alternation; all-capital acronyms ("AP", "IDF") keep their case, the rest ignore it.</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        "(?<![\\w-])(?:" + string.Join("|", phrases.OrderByDescending(p => p.Length).Select(p =>
        {
            var escaped = Regex.Escape(p).Replace(@"\ ", @"\s+").Replace("'", "['’]");
            return Regex.IsMatch(p, "^[A-Z]{2,6}$") || p.Any(char.IsUpper) && p.Any(char.IsLower) && p.Length <= 4
                ? escaped
                : $"(?i:{escaped})";
        })) + ")(?![\\w-])";
}
