using Raidlog.Languages;
using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

sealed record Source(string Phrase, string Name, SourceKind Kind, string? Side);

sealed record Speaker(string Name, string Side);

enum ClaimantWord { NotName, RegionWord, Pronoun, ClauseWord }

/// <summary>A language's attribution cues, sources, known speakers and stance phrases (languages/{lang}).</summary>
sealed class ClaimLexicon
{
    /// <summary>Value: true when the source follows the cue ("according to X"), false when it precedes ("X said").</summary>
    public required CasedPhraseMatcher<bool> Cues { get; init; }
    public required CasedPhraseMatcher<Source> Sources { get; init; }
    public required CasedPhraseMatcher<Speaker> Speakers { get; init; }
    public required CasedPhraseMatcher<StanceKind> Stances { get; init; }
    public required CasedPhraseMatcher<ClaimantWord> Words { get; init; }
    public required ActorLexicon Actors { get; init; }
    /// <summary>ISO2 -> the adjective a normalised claimant takes ("RU" -> "Russian").</summary>
    public required IReadOnlyDictionary<string, string> Demonyms { get; init; }

    public static ClaimLexicon Load(string language, ActorLexicon actors)
    {
        var cues = LanguageData.ReadTable(language, "claim-verbs.tsv", 2, 2).Select(r => (r[0], r[1] switch
        {
            "before" => false,
            "after" => true,
            _ => throw r.Fail($"'{r[1]}' is not before or after"),
        }));
        var sources = LanguageData.ReadTable(language, "claimant-sources.tsv", 4, 4).Select(r => (r[0], new Source(r[0], r[1], r[2] switch
        {
            "organisation" => SourceKind.Organisation,
            "title" => SourceKind.Title,
            "outlet" => SourceKind.Outlet,
            "group" => SourceKind.Group,
            _ => throw r.Fail($"kind '{r[2]}' is not organisation, title, outlet or group"),
        }, r.Optional(3))));
        var speakers = LanguageData.ReadTable(language, "speakers.tsv", 3, 3).Select(r => (r[0], new Speaker(r[1], r[2])));
        var stances = LanguageData.ReadTable(language, "stances.tsv", 2, 2).Select(r => (r[0], r.Enum<StanceKind>(1)));
        var words = LanguageData.ReadTable(language, "claimant-words.tsv", 2, 2).Select(r => (r[0],
            Enum.TryParse<ClaimantWord>(r[1].Replace("-", ""), true, out var role)
                ? role
                : throw r.Fail($"'{r[1]}' is not not-name, region-word, pronoun or clause-word")));

        return new ClaimLexicon
        {
            Cues = new(cues), Sources = new(sources), Speakers = new(speakers), Stances = new(stances), Words = new(words),
            Actors = actors,
            // Normalised claimants are English in every language, like place names, so that reports of one attack in
            // two languages name the same claimant the same way ("Russian Defence Ministry").
            Demonyms = (language == "en" ? actors : ActorLexicon.Load("en")).Aliases
                .Where(a => a.Kind == ActorKind.Demonym && char.IsLower(a.Alias[^1]))
                .GroupBy(a => a.Iso2).ToDictionary(g => g.Key, g => g.First().Alias),
        };
    }

    public bool Is(WordSpans words, int index, ClaimantWord role) =>
        index >= 0 && index < words.Count && Words.TryMatchAt(words, index, out var hit) && hit.Value == role;
}
