using Raidlog.Recognition.Actors;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>
/// Reads the source named among some words of a sentence and normalises it: a known speaker's surname, a
/// lexicon source widened by its nationality ("Russian Defence Ministry"), place and person's name ("Belgorod
/// governor Vyacheslav Gladkov"), or a bare personal name ("Hamid Karimov").
/// </summary>
sealed class SourceReader(ClaimLexicon lexicon)
{
    /// <summary>The source among words [from, to), the one nearest the cue (the last when it stands before it).</summary>
    public ClaimantMention? Read(WordSpans words, int from, int to, bool nearEnd)
    {
        if (from >= to) return null;
        var speakers = lexicon.Speakers.FindAll(words, from, to);
        if (speakers.Count > 0)
        {
            var s = nearEnd ? speakers[^1] : speakers[0];
            return new ClaimantMention(s.Span, s.Value.Name, s.Value.Side, SourceKind.Person);
        }
        var sources = lexicon.Sources.FindAll(words, from, to);
        if (sources.Count > 0) return Widen(words, nearEnd ? sources[^1] : sources[0], from, to);
        return BareName(words, from, to, nearEnd);
    }

    ClaimantMention Widen(WordSpans words, PhraseHit<Source> hit, int from, int to)
    {
        var source = hit.Value;
        var start = hit.Span.Start;
        var end = hit.Span.End;
        var side = source.Side;
        string? qualifier = null;
        string? person = null;

        if (source.Kind is SourceKind.Organisation or SourceKind.Title && Nationality(words, hit.FirstWord, from) is { } adj)
        {
            side = adj.Value.Iso2;
            qualifier = lexicon.Demonyms.GetValueOrDefault(side, adj.Value.Alias);
            start = adj.Span.Start;
        }
        else if ((source.Kind == SourceKind.Title || source.Kind == SourceKind.Organisation && words.IsCapitalised(hit.FirstWord))
                 && Place(words, hit.FirstWord, from) is var (placeStart, place))
        {
            // "Belgorod governor", and a body's own name: "National Unity Government", "Arab Coalition".
            qualifier = place;
            start = placeStart;
            if (source.Kind == SourceKind.Organisation) return new ClaimantMention(new TextSpan(start, end), words.Text[start..end], side, source.Kind);
        }
        if (source.Kind == SourceKind.Title)
        {
            var last = hit.EndWord;
            while (last < to && last < hit.EndWord + 3 && IsNamePart(words, last)) last++;
            if (last > hit.EndWord)
            {
                person = words.Text[words[hit.EndWord].Start..words[last - 1].End];
                end = words[last - 1].End;
            }
        }
        var name = string.Join(" ", new[] { qualifier, source.Name, person }.Where(p => p is not null));
        return new ClaimantMention(new TextSpan(start, end), name, side, source.Kind);
    }

    /// <summary>A side's name right before the source ("Russia's", "Ukrainian", "Houthi"), or one that runs into
    /// it ("Israeli military" is also an alias of its own).</summary>
    PhraseHit<ActorAlias>? Nationality(WordSpans words, int sourceStart, int from)
    {
        for (var i = sourceStart - 1; i >= from && i >= sourceStart - 3; i--)
            if (lexicon.Actors.AliasMatcher.TryMatchAt(words, i, out var hit) && hit.EndWord >= sourceStart
                && hit.Value.Kind is ActorKind.Demonym or ActorKind.Group or ActorKind.Country)
                return hit;
        return null;
    }

    /// <summary>One or two capitalised words before a title, maybe with "region" between ("Kursk region governor").</summary>
    (int Start, string Place)? Place(WordSpans words, int titleStart, int from)
    {
        var i = titleStart - 1;
        if (lexicon.Is(words, i, ClaimantWord.RegionWord)) i--;
        var first = i;
        while (first >= from && first > i - 2 && IsNamePart(words, first)) first--;
        first++;
        return first > i ? null : (words[first].Start, words.Text[words[first].Start..words[i].End]);
    }

    ClaimantMention? BareName(WordSpans words, int from, int to, bool nearEnd)
    {
        // Two or three capitalised words at the edge next to the cue: "Hamid Karimov said", "said Hamid Karimov".
        int Count(int start, int step)
        {
            var n = 0;
            for (var i = start; i >= from && i < to && n < 3 && IsNamePart(words, i); i += step) n++;
            return n;
        }
        var n = nearEnd ? Count(to - 1, -1) : Count(from, 1);
        if (n < 2 || nearEnd && to - n != from && !IsBoundaryBefore(words, to - n)) return null;
        var (first, last) = nearEnd ? (to - n, to - 1) : (from, from + n - 1);
        var name = words.Text[words[first].Start..words[last].End];
        return new ClaimantMention(new TextSpan(words[first].Start, words[last].End), name, null, SourceKind.Person);
    }

    // A bare name must be the whole subject: "a resident Hamid Karimov said" is fine, "Drones Hit Kyiv said" is not.
    bool IsBoundaryBefore(WordSpans words, int index) => !words.IsCapitalised(index - 1) || lexicon.Is(words, index - 1, ClaimantWord.NotName);

    bool IsNamePart(WordSpans words, int index) =>
        words.IsCapitalised(index) && !lexicon.Is(words, index, ClaimantWord.NotName)
        && !lexicon.Cues.TryMatchAt(words, index, out _);
}
