using System.Text.RegularExpressions;
using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>
/// Finds who a sentence quotes: "the Defence Ministry said", "according to the governor", "X wrote on Telegram",
/// "..., said Mayor Sergei Sobyanin". A quote without attribution, or "he said", takes the previous sentence's
/// source. Thread-safe; build once per language (<see cref="English"/>).
/// </summary>
public sealed class ClaimantFinder
{
    const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    readonly Regex cues;
    readonly SourcePhrases sources;

    // A source stands inside its clause: these marks end the stretch searched for it.
    static readonly Regex ClauseMark = new(@"[,;:""“”«»()—–]|\s-\s|\bthat\b", Options);
    static readonly Regex ClauseMarkBackwards = new(@"[,;:""“”«»()—–]|\s-\s|\bthat\b", Options | RegexOptions.RightToLeft);
    static readonly Regex Pronoun = new(@"^\s*(?i:he|she|it|they|we|i|the\s+ministry|the\s+agency)\s*$", Options);
    static readonly Regex Quote = new(@"[""“”«»]", Options);

    internal ClaimantFinder(ClaimLexicon words)
    {
        cues = new Regex(
            $"(?<before>{ClaimLexicon.Alternation(words.Cues.Where(c => !c.SourceAfter).Select(c => c.Phrase))})" +
            $"|(?<after>{ClaimLexicon.Alternation(words.Cues.Where(c => c.SourceAfter).Select(c => c.Phrase))})", Options);
        sources = new SourcePhrases(words);
    }

    static readonly Lazy<ClaimantFinder> english = new(() => new ClaimantFinder(ClaimLexicon.Load("en", ActorLexicon.Load("en"))));
    public static ClaimantFinder English => english.Value;

    /// <summary>
    /// The sentence's source, preferring a named body or official over an outlet or "officials" when it
    /// attributes to several ("TASS reported, citing the Defence Ministry"). Null when it attributes to no one.
    /// </summary>
    public ClaimantMention? Find(string sentence, string? previousSentence = null)
    {
        var all = FindAll(sentence);
        var best = all.OrderBy(m => m.Kind).FirstOrDefault();
        if (best is not null) return best;
        if (previousSentence is null || !(Quote.IsMatch(sentence) || HasPronounCue(sentence))) return null;
        return Find(previousSentence) is { } earlier ? earlier with { InPreviousSentence = true } : null;
    }

    /// <summary>Every attributed source of the sentence, in text order.</summary>
    public IReadOnlyList<ClaimantMention> FindAll(string sentence)
    {
        var found = new List<ClaimantMention>();
        for (var cue = cues.Match(sentence); cue.Success; cue = cue.NextMatch())
        {
            var mention = cue.Groups["after"].Success ? After(sentence, cue) : Before(sentence, cue) ?? After(sentence, cue);
            if (mention is not null && !found.Any(f => f.Span == mention.Span)) found.Add(mention);
        }
        return found;
    }

    ClaimantMention? Before(string sentence, Match cue)
    {
        var mark = ClauseMarkBackwards.Match(sentence, 0, cue.Index);
        var start = mark.Success ? mark.Index + mark.Length : 0;
        return sources.Recognise(sentence, start, cue.Index, nearEnd: true);
    }

    ClaimantMention? After(string sentence, Match cue)
    {
        var start = cue.Index + cue.Length;
        var mark = ClauseMark.Match(sentence, start);
        var end = mark.Success ? mark.Index : sentence.Length;
        return sources.Recognise(sentence, start, end, nearEnd: false);
    }

    bool HasPronounCue(string sentence)
    {
        for (var cue = cues.Match(sentence); cue.Success; cue = cue.NextMatch())
        {
            var mark = ClauseMarkBackwards.Match(sentence, 0, cue.Index);
            var start = mark.Success ? mark.Index + mark.Length : 0;
            if (Pronoun.IsMatch(sentence[start..cue.Index])) return true;
        }
        return false;
    }
}
