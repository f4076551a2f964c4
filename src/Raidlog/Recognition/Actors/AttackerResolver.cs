using Raidlog.Languages;
using Raidlog.Text;

namespace Raidlog.Recognition.Actors;

/// <summary>
/// Finds which side attacked: first from the sentence's own words, then from the conflict's usual attacker of the
/// target, then from the rest of the article. Thread-safe; build once per language (<see cref="For"/>).
/// </summary>
public sealed class AttackerResolver
{
    readonly ActorLexicon words;
    readonly AttackerRules rules;

    public AttackerResolver(ActorLexicon words)
    {
        this.words = words;
        rules = new AttackerRules(words);
    }

    static readonly PerLanguage<AttackerResolver> Loaded = new(language => new AttackerResolver(ActorLexicon.Load(language)));
    public static AttackerResolver English => For("en");
    public static AttackerResolver For(string language) => Loaded.For(language);

    /// <summary>The attacker of an incident told in <paramref name="sentence"/>, and how it was found.</summary>
    public AttackerGuess Resolve(string sentence, AttackerContext context)
    {
        var fallback = Fallback(context.TargetCountry, context.TargetAdmin1);
        // A side named as attacking its own country is another incident in the same sentence ("a Russian drone
        // attack on Ukraine, while refineries in Russia burned") unless the conflict is fought inside it.
        bool Fits(AttackerMention m) => context.TargetCountry is null || m.Iso2 != context.TargetCountry || m.Iso2 == fallback;

        var stated = Best(Candidates(sentence, context.Speaker, context.TargetCountry).Where(c => Fits(c.Mention)));
        if (stated is not null) return new(stated.Iso2, stated.Basis, stated);

        // Where one side does nearly all the attacking, that beats another sentence's side: an article about a
        // Russian raid on Kyiv that mentions "Iranian Shahed drones" or a Ukrainian strike elsewhere.
        if (fallback is not null) return new(fallback, AttackerBasis.TargetFallback, null);

        var fromArticle = context.Article?.Where(Fits)
            .GroupBy(m => m.Iso2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .FirstOrDefault();
        return fromArticle is null ? AttackerGuess.Unknown : new(fromArticle.Key, AttackerBasis.ArticleContext, fromArticle.First());
    }

    /// <summary>
    /// The side the sentence itself names as attacker, or null. "enemy" needs the speaker's side (or, failing
    /// that, the target's) to mean anything.
    /// </summary>
    public AttackerMention? Stated(string sentence, string? speaker = null, string? targetCountry = null) =>
        Best(Candidates(sentence, speaker, targetCountry));

    /// <summary>The heaviest candidate, the earliest of equals, the first of those (one pass, not a sort).</summary>
    static AttackerMention? Best(IEnumerable<(AttackerMention Mention, int Weight)> candidates)
    {
        (AttackerMention Mention, int Weight)? best = null;
        foreach (var c in candidates)
            if (best is not { } b || c.Weight > b.Weight || c.Weight == b.Weight && c.Mention.Span.Start < b.Mention.Span.Start)
                best = c;
        return best?.Mention;
    }

    /// <summary>Every attacker the text names (for <see cref="AttackerContext.Article"/>), in text order.</summary>
    public IReadOnlyList<AttackerMention> FindAll(string text, string? speaker = null) =>
        Candidates(text, speaker, null).Where(c => c.Mention.Basis == AttackerBasis.Stated)
            .Select(c => c.Mention).OrderBy(m => m.Span.Start).ToList();

    /// <summary>The conflict's usual attacker of a target when the text is silent (conflict-fallback.tsv), or null.</summary>
    public string? Fallback(string? targetCountry, string? admin1 = null)
    {
        if (targetCountry is null) return null;
        if (admin1 is not null && words.Fallbacks.TryGetValue((targetCountry, admin1), out var regional)) return regional;
        return words.Fallbacks.GetValueOrDefault((targetCountry, null));
    }

    IEnumerable<(AttackerMention Mention, int Weight)> Candidates(string text, string? speaker, string? target) =>
        rules.Find(text, Fallback(speaker) ?? Fallback(target));
}
