using Raidlog.Languages;
using Raidlog.Text;

namespace Raidlog.Recognition.Times;

/// <summary>
/// Finds time expressions in a text and resolves them to calendar days against the publication date.
/// Thread-safe; build once per language (<see cref="For"/>) and reuse.
/// </summary>
public sealed class DateMentionFinder
{
    readonly IReadOnlyList<DateRule> rules;
    readonly IReadOnlySet<string> futureWords;
    readonly IReadOnlySet<string> dayLeads;

    DateMentionFinder(DateLexicon words)
    {
        rules = DateRules.Build(words);
        futureWords = words.FutureWords;
        dayLeads = words.DayLeads;
    }

    public static DateMentionFinder ForLanguage(string language) => new(DateLexicon.Load(language));

    static readonly PerLanguage<DateMentionFinder> Loaded = new(ForLanguage);
    public static DateMentionFinder English => For("en");
    /// <summary>The shared finder of one language (<see cref="ForLanguage"/> builds a new one).</summary>
    public static DateMentionFinder For(string language) => Loaded.For(language);

    /// <summary>
    /// The date mentions of <paramref name="text"/> in text order, without overlaps (the longest match wins, so
    /// "overnight into Monday" is one mention). Spans are UTF-16 offsets into <paramref name="text"/>.
    /// <paramref name="anchor"/> is the publication date. Without one, the page's stamp or else the latest calendar
    /// day written with its year stands in for it (a report is published on or after the days it tells of); with
    /// neither, only dates that carry a year resolve.
    /// </summary>
    public IReadOnlyList<DateMention> Find(string text, DateOnly? anchor)
    {
        var words = WordSpans.Of(text);
        var candidates = new List<(DateCandidate Candidate, int Rule)>();
        for (var r = 0; r < rules.Count; r++)
            foreach (var candidate in rules[r].Find(text, words))
                candidates.Add((candidate, r));
        candidates.Sort((a, b) => a.Candidate.Span.Start != b.Candidate.Span.Start
            ? a.Candidate.Span.Start.CompareTo(b.Candidate.Span.Start)
            : a.Candidate.Span.End != b.Candidate.Span.End ? b.Candidate.Span.End.CompareTo(a.Candidate.Span.End)
            : a.Rule.CompareTo(b.Rule));

        anchor ??= Inferred(candidates);
        var mentions = new List<DateMention>();
        var covered = 0;
        DateOnly? previous = null;
        foreach (var (candidate, r) in candidates)
        {
            if (candidate.Span.Start < covered) continue;
            covered = candidate.Span.End;
            int first = words.FirstAtOrAfter(candidate.Span.Start);
            if (WordRightBefore(words, first, candidate.Span.Start) is int w && futureWords.Contains(words.Word(w).ToString())) continue; // "their upcoming May 9 parades": a plan
            var (date, kind) = candidate.Resolve(new DateContext(anchor, previous));
            mentions.Add(new DateMention(candidate.Span, date, kind, rules[r].Name, LeadStart(words, first, candidate.Span.Start)));
            if (date is not null) previous = date;
        }
        return mentions;
    }

    /// <summary>The word before word <paramref name="index"/>, when only spaces part it from <paramref name="position"/>.</summary>
    static int? WordRightBefore(WordSpans words, int index, int position) =>
        index > 0 && position >= words[index - 1].End && words.Text.AsSpan(words[index - 1].End, position - words[index - 1].End).IsWhiteSpace()
            ? index - 1 : null;

    /// <summary>"on the night of May 2": where the words that lead into the day at word <paramref name="first"/> start.</summary>
    int LeadStart(WordSpans words, int first, int start)
    {
        int k = first;
        int at = start;
        while (first - k < 5 && WordRightBefore(words, k, at) is int w && dayLeads.Contains(words.Word(w).ToString())) (k, at) = (w, words[w].Start);
        return at;
    }

    static readonly HashSet<string> CalendarRules = ["weekday-month-day", "weekday-day-month", "day-month", "month-day"];

    /// <summary>
    /// An undated report was written on or after the latest day it names with its year; a day it names without one
    /// ("on October 28", after "fighting erupted on 27 September 2020") is the nearest such day to it, and may be later.
    /// </summary>
    DateOnly? Inferred(List<(DateCandidate Candidate, int Rule)> candidates)
    {
        if (LatestFullDate(candidates.Select(c => c.Candidate)) is not { } full) return null;
        var nearest = new DateContext(full.AddDays(182), null);
        return candidates.Where(c => CalendarRules.Contains(rules[c.Rule].Name))
            .Select(c => c.Candidate.Resolve(nearest).Date).Append(full).Max();
    }

    static DateOnly? LatestFullDate(IEnumerable<DateCandidate> candidates) => candidates
        .Select(c => c.Resolve(new DateContext(null, null)))
        .Where(r => r.Kind is DateKind.Absolute or DateKind.PageStamp && r.Date is { } d && !YearUnknown.Is(d))
        .Max(r => r.Date);
}
