using System.Text.RegularExpressions;
using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>
/// Finds denials, accusations, admissions and "could not verify" in a sentence, with the sides they concern.
/// Thread-safe; build once per language (<see cref="English"/>).
/// </summary>
public sealed class StanceFinder
{
    const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    readonly ClaimLexicon words;
    readonly ClaimantFinder claimants;
    readonly Regex stances;
    readonly Regex sideBefore;
    readonly Regex sideAfter;

    internal StanceFinder(ClaimLexicon words, ClaimantFinder claimants)
    {
        this.words = words;
        this.claimants = claimants;
        stances = new Regex($"(?<stance>{ClaimLexicon.Alternation(words.Stances.Select(s => s.Phrase))})", Options);
        var sides = words.Actors.Alternation(ActorKind.Demonym, ActorKind.Group, ActorKind.Country, ActorKind.Capital);
        sideBefore = new Regex($@"(?<side>{sides})(?:['’]s)?[^,;.]*$", Options | RegexOptions.RightToLeft);
        sideAfter = new Regex($@"^\s+(?:\w+\s+){{0,3}}?(?<side>{sides})", Options);
    }

    static readonly Lazy<StanceFinder> english = new(() =>
    {
        var lexicon = ClaimLexicon.Load("en", ActorLexicon.Load("en"));
        return new StanceFinder(lexicon, new ClaimantFinder(lexicon));
    });
    public static StanceFinder English => english.Value;

    /// <summary>
    /// The stances of <paramref name="sentence"/>. A denial in a quote ("we have nothing to do with this") takes its
    /// side from the source quoted, in this sentence or the previous one.
    /// </summary>
    public IReadOnlyList<StanceMention> Find(string sentence, string? previousSentence = null)
    {
        var found = new List<StanceMention>();
        for (var m = stances.Match(sentence); m.Success; m = m.NextMatch())
        {
            var kind = words.Stances.First(s => Same(s.Phrase, m.Value)).Kind;
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (kind == StanceKind.Unverified)
            {
                found.Add(new StanceMention(span, kind, null, null, claimants.Find(sentence)?.Claimant));
                continue;
            }
            var source = claimants.Find(sentence, previousSentence);
            var speaker = SideIn(sideBefore.Match(sentence[..m.Index])) ?? source?.Side;
            var subject = kind == StanceKind.Accusation ? SideIn(sideAfter.Match(sentence[span.End..])) : speaker;
            found.Add(new StanceMention(span, kind, speaker, subject, source?.Claimant));
        }
        return found;
    }

    string? SideIn(Match m) => m.Success
        ? words.Actors.ByAlias[Regex.Replace(m.Groups["side"].Value, @"\s+", " ").Replace('’', '\'')].Iso2
        : null;

    static bool Same(string phrase, string text) =>
        string.Equals(phrase, Regex.Replace(text, @"\s+", " ").Replace('’', '\''), StringComparison.OrdinalIgnoreCase);
}
