using Raidlog.Languages;
using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>
/// Finds who a sentence quotes: "the Defence Ministry said", "according to the governor", "X wrote on Telegram",
/// "..., said Mayor Sergei Sobyanin". A quote without attribution, or "he said", takes the previous sentence's
/// source. Thread-safe; build once per language (<see cref="For"/>).
/// </summary>
public sealed class ClaimantFinder
{
    readonly ClaimLexicon lexicon;
    readonly SourceReader reader;

    internal ClaimantFinder(ClaimLexicon lexicon)
    {
        this.lexicon = lexicon;
        reader = new SourceReader(lexicon);
    }

    static readonly PerLanguage<ClaimantFinder> Loaded = new(language => new ClaimantFinder(ClaimLexicon.Load(language, ActorLexicon.Load(language))));
    public static ClaimantFinder English => For("en");
    public static ClaimantFinder For(string language) => Loaded.For(language);

    /// <summary>
    /// The sentence's source, preferring a named official or body over "officials" or an outlet when it
    /// attributes to several ("TASS reported, citing the Defence Ministry"). Null when it attributes to no one.
    /// </summary>
    public ClaimantMention? Find(string sentence, string? previousSentence = null)
    {
        var words = WordSpans.Of(sentence);
        var best = FindAll(words).OrderBy(m => m.Kind).FirstOrDefault();
        if (best is not null) return best;
        if (previousSentence is null || !(HasQuote(sentence) || HasPronounSubject(words))) return null;
        return Find(previousSentence) is { } earlier ? earlier with { InPreviousSentence = true } : null;
    }

    /// <summary>Every attributed source of the sentence, in text order.</summary>
    public IReadOnlyList<ClaimantMention> FindAll(string sentence) => FindAll(WordSpans.Of(sentence));

    List<ClaimantMention> FindAll(WordSpans words)
    {
        var found = new List<ClaimantMention>();
        foreach (var cue in lexicon.Cues.FindAll(words))
        {
            var mention = cue.Value ? After(words, cue) : Before(words, cue) ?? Inverted(words, cue);
            if (mention is not null && !found.Any(f => f.Span == mention.Span)) found.Add(mention);
        }
        return found;
    }

    ClaimantMention? Before(WordSpans words, PhraseHit<bool> cue) =>
        reader.Read(words, ClauseStart(words, cue.FirstWord), cue.FirstWord, nearEnd: true);

    ClaimantMention? After(WordSpans words, PhraseHit<bool> cue) =>
        reader.Read(words, cue.EndWord, ClauseEnd(words, cue.EndWord), nearEnd: false);

    /// <summary>"..., said the governor": the source right after the verb, not one deep in the reported clause
    /// ("the militia said the airport was a military target").</summary>
    ClaimantMention? Inverted(WordSpans words, PhraseHit<bool> cue)
    {
        var mention = After(words, cue);
        const int wordsBeforeSource = 2; // "said the regional governor"
        return mention is not null && cue.EndWord < words.Count
            && words.FirstAtOrAfter(mention.Span.Start) - cue.EndWord <= wordsBeforeSource ? mention : null;
    }

    /// <summary>The first word of the clause that ends before word <paramref name="index"/>.</summary>
    int ClauseStart(WordSpans words, int index)
    {
        var i = index;
        while (i > 0 && !IsClauseBreak(words.Text, words[i - 1].End, words[i].Start) && !lexicon.Is(words, i - 1, ClaimantWord.ClauseWord)) i--;
        return i;
    }

    int ClauseEnd(WordSpans words, int index)
    {
        var i = index;
        while (i < words.Count && (i == index || !IsClauseBreak(words.Text, words[i - 1].End, words[i].Start))
               && !lexicon.Is(words, i, ClaimantWord.ClauseWord)) i++;
        return i;
    }

    /// <summary>Punctuation between two words that closes a clause: a comma, colon, quote mark, dash or bracket.</summary>
    static bool IsClauseBreak(string text, int from, int to) =>
        text.AsSpan(from, to - from).IndexOfAny(",;:\"“”«»()—–") >= 0 || text.AsSpan(from, to - from).Contains(" - ", StringComparison.Ordinal);

    static bool HasQuote(string sentence) => sentence.AsSpan().IndexOfAny("\"“”«»") >= 0;

    bool HasPronounSubject(WordSpans words)
    {
        foreach (var cue in lexicon.Cues.FindAll(words))
        {
            var start = ClauseStart(words, cue.FirstWord);
            if (cue.FirstWord - start == 1 && lexicon.Is(words, start, ClaimantWord.Pronoun)) return true;
        }
        return false;
    }
}
