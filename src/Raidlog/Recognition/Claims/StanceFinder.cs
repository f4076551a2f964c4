using Raidlog.Languages;
using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>
/// Finds denials, accusations, admissions and "could not verify" in a sentence, with the sides they concern.
/// Thread-safe; build once per language (<see cref="For"/>).
/// </summary>
public sealed class StanceFinder
{
    /// <summary>How far after "blamed" the accused side may stand ("blamed the Russian military").</summary>
    const int AccusedWithinWords = 4;

    readonly ClaimLexicon lexicon;
    readonly ClaimantFinder claimants;

    internal StanceFinder(ClaimLexicon lexicon, ClaimantFinder claimants)
    {
        this.lexicon = lexicon;
        this.claimants = claimants;
    }

    static readonly PerLanguage<StanceFinder> Loaded = new(language =>
    {
        var lexicon = ClaimLexicon.Load(language, ActorLexicon.Load(language));
        return new StanceFinder(lexicon, new ClaimantFinder(lexicon));
    });
    public static StanceFinder English => For("en");
    public static StanceFinder For(string language) => Loaded.For(language);

    /// <summary>
    /// The stances of <paramref name="sentence"/>. A denial in a quote ("we have nothing to do with this") takes its
    /// side from the source quoted, in this sentence or the previous one.
    /// </summary>
    public IReadOnlyList<StanceMention> Find(string sentence, string? previousSentence = null)
    {
        var words = WordSpans.Of(sentence);
        var stances = lexicon.Stances.FindAll(words);
        if (stances.Count == 0) return [];

        var sides = lexicon.Actors.AliasMatcher.FindAll(words);
        var source = claimants.Find(sentence, previousSentence);
        var found = new List<StanceMention>();
        foreach (var stance in stances)
        {
            if (stance.Value == StanceKind.Unverified)
            {
                found.Add(new StanceMention(stance.Span, stance.Value, null, null, source?.Claimant));
                continue;
            }
            var speaker = sides.LastOrDefault(s => s.EndWord <= stance.FirstWord
                && !sentence.AsSpan(s.Span.End, stance.Span.Start - s.Span.End).ContainsAny(",;.")) is { Value: not null } before
                ? before.Value.Iso2
                : source?.Side;
            var subject = stance.Value == StanceKind.Accusation
                ? sides.FirstOrDefault(s => s.FirstWord >= stance.EndWord && s.FirstWord <= stance.EndWord + AccusedWithinWords).Value?.Iso2
                : speaker;
            found.Add(new StanceMention(stance.Span, stance.Value, speaker, subject, source?.Claimant));
        }
        return found;
    }
}
