using System.Text.RegularExpressions;
using Raidlog.Text;

namespace Raidlog.Recognition.Times;

/// <summary>The time patterns, built from a <see cref="DateLexicon"/>'s words. Order breaks ties between equal spans.</summary>
static class DateRules
{
    const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    const string Year = @"(?<y>(?:19|20)\d\d)\b";
    // "30th", "30", and the German ordinal "30." ("am 30. Mai")
    const string Day = @"(?<d>[0-3]?\d)(?:(?:st|nd|rd|th)?\b|\.(?=\s))";

    public static IReadOnlyList<DateRule> Build(DateLexicon words)
    {
        var month = $@"(?<mon>{DateLexicon.Alternation(words.Months.Keys)})\b\.?";
        var weekday = $@"(?<wd>{DateLexicon.Alternation(words.Weekdays.Keys)})\b";
        var weekday2 = weekday.Replace("<wd>", "<wd2>");

        // "night of May 8-9" writes the month first, "night of 8 to 9 May" last: read whichever is there.
        int Month(Match m) => words.Months[(m.Groups["mon"].Success ? m.Groups["mon"] : m.Groups["mon2"]).Value];
        DayOfWeek Weekday(Match m, string group = "wd") => words.Weekdays[m.Groups[group].Value];
        int Int(Match m, string group) => int.Parse(m.Groups[group].Value);

        (DateOnly?, DateKind) Calendar(Match m, DateOnly? anchor) => (
            m.Groups["y"].Success
                ? CalendarMath.Make(Int(m, "y"), Month(m), Int(m, "d"))
                : CalendarMath.WithoutYear(Month(m), Int(m, "d"), anchor),
            DateKind.Absolute);

        Regex R(string pattern) => new(pattern, Options);

        return
        [
            // A content system's stamp glued before the text says when the page was made, not when the attack was.
            DateRule.FromRegex("page-stamp", R($@"(?m)^[ \t]*(?:[Dd]ate|[Pp]ublished:?|[Uu]pdated:?|[Ll]ast\s+[Uu]pdated:?)[ \t]*{Year[..^2]}-(?<m>[01]\d)-(?<d>[0-3]\d)\b"),
                (m, _) => (CalendarMath.Make(Int(m, "y"), Int(m, "m"), Int(m, "d")), DateKind.PageStamp)),
            // "Apr 7, 2025 18:00" alone on its line: the page's time stamp, not a day the report tells of
            DateRule.FromRegex("stamp-line", R($@"(?m)^[ \t]*(?:{weekday},?\s+)?{month}\s+{Day},?\s+{Year}[ \t]+\d{{1,2}}:\d\d\b[^\n]{{0,12}}$"),
                (m, _) => (CalendarMath.Make(Int(m, "y"), Month(m), Int(m, "d")), DateKind.PageStamp)),
            DateRule.FromRegex("iso-date", R($@"\b{Year[..^2]}-(?<m>[01]\d)-(?<d>[0-3]\d)\b"),
                (m, _) => (CalendarMath.Make(Int(m, "y"), Int(m, "m"), Int(m, "d")), DateKind.Absolute)),
            // "15.01.2023", "01.15.2023": a dotted numeric date, day first unless the second number cannot be a month
            DateRule.FromRegex("dotted-date", R($@"\b(?<a>[0-3]?\d)\.(?<b>[0-3]?\d)\.{Year}\b"),
                (m, _) => (Int(m, "b") > 12 ? CalendarMath.Make(Int(m, "y"), Int(m, "a"), Int(m, "b")) : CalendarMath.Make(Int(m, "y"), Int(m, "b"), Int(m, "a")), DateKind.Absolute)),
            // "the night of 8 to 9 May", "night of May 8-9": an overnight attack takes the morning's date.
            DateRule.FromRegex("night-of-day-range", R($@"\b[Nn]ight\s+of\s+(?:{month}\s+)?(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|into)\s*{Day}(?:\s+{month.Replace("<mon>", "<mon2>")})?(?:,?\s+{Year})?"),
                (m, c) => m.Groups["mon"].Success || m.Groups["mon2"].Success ? Calendar(m, c.Anchor) : (null, DateKind.Absolute)),
            // "Monday, March 20, 2023": the weekday belongs to the calendar day, it is not a day of its own
            DateRule.FromRegex("weekday-month-day", R($@"\b{weekday},?\s+{month}\s+{Day}(?!\d)(?:,?\s+{Year})?"), (m, c) => Calendar(m, c.Anchor)),
            DateRule.FromRegex("weekday-day-month", R($@"\b{weekday},?\s+{Day}\s+(?:of\s+)?{month}(?:,?\s+{Year})?"), (m, c) => Calendar(m, c.Anchor)),
            DateRule.FromRegex("day-month", R($@"\b{Day}\s+(?:of\s+)?{month}(?:,?\s+{Year})?"), (m, c) => Calendar(m, c.Anchor)),
            DateRule.FromRegex("month-day", R($@"\b{month}\s+{Day}(?!\d)(?:,?\s+{Year})?"), (m, c) => Calendar(m, c.Anchor)),
            DateRule.FromRegex("night-weekday-to-weekday", R($@"\b[Nn]ight\s+(?:of\s+|from\s+)?{weekday}\s+(?:to|into|and)\s+{weekday2}"),
                (m, c) => OnWeekday(c.Anchor, Weekday(m, "wd2"), null)),
            DateRule.FromRegex("overnight-into-weekday", R($@"\b(?:[Oo]vernight|[Nn]ight)\s+(?:into|to|before|on)\s+{weekday}|\b[Oo]vernight\s+{weekday}"),
                (m, c) => OnWeekday(c.Anchor, Weekday(m), null)),
            new DateRule("weekday", (text, spans) => Weekdays(words, spans)),
            new DateRule("relative-day", (text, spans) => RelativeDays(words, spans)),
            new DateRule("month-only", (text, spans) => MonthsAlone(words, spans)),
        ];
    }

    static (DateOnly?, DateKind) OnWeekday(DateOnly? anchor, DayOfWeek day, string? modifier) => (
        anchor is not { } a ? null
            : "next".Equals(modifier, StringComparison.OrdinalIgnoreCase) ? CalendarMath.After(a, day)
            : "last".Equals(modifier, StringComparison.OrdinalIgnoreCase) ? CalendarMath.Before(a, day)
            : CalendarMath.OnOrBefore(a, day),
        DateKind.Weekday);

    static IEnumerable<DateCandidate> Weekdays(DateLexicon words, WordSpans spans)
    {
        foreach (var hit in words.WeekdayMatcher.FindAll(spans))
        {
            var before = hit.FirstWord - 1;
            var modifier = before >= 0 && words.WeekdayModifiers.Contains(spans.Word(before).ToString()) ? spans.Word(before).ToString() : null;
            var span = modifier is null ? hit.Span : new TextSpan(spans[before].Start, hit.Span.End);
            // "officials said Monday", "reported on Tuesday": the day of the words, not of the attack
            var verb = before >= 0 && spans.Word(before).Equals("on", StringComparison.OrdinalIgnoreCase) ? before - 1 : before;
            bool said = verb >= 0 && words.SpeechVerbs.Contains(spans.Word(verb).ToString());
            yield return new DateCandidate(span, c => OnWeekday(c.Anchor, hit.Value, modifier) is var (d, k) && said ? (d, DateKind.Said) : (d, k));
        }
    }

    static IEnumerable<DateCandidate> RelativeDays(DateLexicon words, WordSpans spans)
    {
        foreach (var hit in words.RelativeMatcher.FindAll(spans))
        {
            var rel = hit.Value;
            if (rel.DaysBeforeClause is { } reversed && ClauseFollows(spans, hit)) rel = rel with { Days = reversed };
            yield return new DateCandidate(hit.Span, c => rel.Basis switch
            {
                RelativeBasis.Publication => (c.Anchor?.AddDays(rel.Days), DateKind.Relative),
                RelativeBasis.Previous => (c.Previous?.AddDays(rel.Days), DateKind.Chained),
                _ => (null, DateKind.Vague),
            });
        }
    }

    /// <summary>A word follows with only spaces between: "a day after rockets hit", not "a day after, ...".</summary>
    static bool ClauseFollows(WordSpans spans, PhraseHit<RelativeDay> hit) =>
        hit.EndWord < spans.Count && spans.Text.AsSpan(hit.Span.End, spans[hit.EndWord].Start - hit.Span.End).IsWhiteSpace();

    /// <summary>"in May", "since February 2022", "May 2024": a month without a day.</summary>
    static IEnumerable<DateCandidate> MonthsAlone(DateLexicon words, WordSpans spans)
    {
        foreach (var hit in words.MonthNameMatcher.FindAll(spans))
        {
            var before = hit.FirstWord - 1;
            var led = before >= 0 && words.MonthLeads.Contains(spans.Word(before).ToString());
            var year = hit.EndWord < spans.Count && IsYear(spans.Word(hit.EndWord))
                && spans.Text.AsSpan(hit.Span.End, spans[hit.EndWord].Start - hit.Span.End).IsWhiteSpace();
            if (!led && !year) continue;
            // "of May 3" is a day, read by the calendar rules
            if (!year && hit.EndWord < spans.Count && IsDay(spans.Word(hit.EndWord))) continue;
            var span = new TextSpan(led ? spans[before].Start : hit.Span.Start, year ? spans[hit.EndWord].End : hit.Span.End);
            yield return new DateCandidate(span, _ => (null, DateKind.MonthOnly));
        }
    }

    static bool IsDay(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && !word.ContainsAnyExceptInRange('0', '9') && int.Parse(word) is >= 1 and <= 31;

    static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && !word.ContainsAnyExceptInRange('0', '9');
}
