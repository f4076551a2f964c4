using Raidlog.Recognition.Actors;
using Raidlog.Recognition.Claims;
using Raidlog.Recognition.Times;

namespace Raidlog.Tests.Languages;

/// <summary>Per dimension: how an example's text becomes the string its expected cell holds.</summary>
public static class ExampleAdapters
{
    public static readonly IReadOnlyDictionary<string, Func<LanguageExample, string>> All =
        new Dictionary<string, Func<LanguageExample, string>>
        {
            ["dates"] = Dates,
            ["attackers"] = Attackers,
            ["claimants"] = Claimants,
            ["stances"] = Stances,
            ["numbers"] = ExtractionAdapters.Numbers,
            ["incidents"] = ExtractionAdapters.Incidents,
            ["figures"] = FigureAdapters.Figures,
            ["places"] = PlaceAdapters.Places,
        };

    static string Dates(LanguageExample e)
    {
        var mentions = DateMentionFinder.For(e.Language).Find(e.Text, e.Reference);
        return mentions.Count == 0 ? "none" : string.Join("; ", mentions.Select(m => (m.Date is { } d ? YearUnknown.Iso(d) : "null")));
    }

    static string Attackers(LanguageExample e)
    {
        var context = new AttackerContext(e.Get("speaker"), e.Get("target"), e.Get("admin1"));
        var guess = AttackerResolver.For(e.Language).Resolve(e.Text, context);
        return guess.Iso2 is null ? "none" : $"{guess.Iso2} {BasisWord(guess.Basis)}";
    }

    static string BasisWord(AttackerBasis basis) => basis switch
    {
        AttackerBasis.Stated => "stated",
        AttackerBasis.EnemyOfSpeaker => "enemy",
        AttackerBasis.ArticleContext => "article",
        AttackerBasis.TargetFallback => "fallback",
        _ => "unknown",
    };

    static (string? Previous, string Sentence) SplitContext(string text) =>
        text.Split(" || ") is [var previous, var sentence] ? (previous, sentence) : (null, text);

    static string Claimants(LanguageExample e)
    {
        var (previous, sentence) = SplitContext(e.Text);
        return ClaimantFinder.For(e.Language).Find(sentence, previous)?.Claimant ?? "none";
    }

    static string Stances(LanguageExample e)
    {
        var (previous, sentence) = SplitContext(e.Text);
        var stances = StanceFinder.For(e.Language).Find(sentence, previous);
        return stances.Count == 0 ? "none"
            : string.Join("; ", stances.Select(s => $"{s.Kind.ToString().ToLowerInvariant()}:{s.Subject ?? "-"}"));
    }
}
