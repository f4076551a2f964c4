using System.Text.RegularExpressions;

namespace Raidlog.Recognition.Times;

/// <summary>
/// One named time pattern. <see cref="Resolve"/> turns a match into a date given the publication date and the
/// date of the previous dated mention (for chained phrases such as "the next day").
/// </summary>
sealed record DateRule(string Name, Regex Pattern, Func<Match, DateContext, (DateOnly? Date, DateKind Kind)> Resolve);

readonly record struct DateContext(DateOnly? Anchor, DateOnly? Previous);

/// <summary>The English-shaped time patterns, built from a <see cref="DateLexicon"/>'s words.</summary>
static class DateRules
{
    const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    const string Year = @"(?<y>(?:19|20)\d\d)\b";
    const string Day = @"(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b";

    public static IReadOnlyList<DateRule> Build(DateLexicon words)
    {
        var month = $@"(?<mon>{DateLexicon.Alternation(words.Months.Keys)})\b\.?";
        var monthName = $@"(?<mon>{DateLexicon.Alternation(words.MonthNames)})\b";
        var weekday = $@"(?<wd>{DateLexicon.Alternation(words.Weekdays.Keys)})\b";
        var weekday2 = weekday.Replace("<wd>", "<wd2>");
        var relative = DateLexicon.Alternation(words.RelativeDays.Keys);

        // "night of May 8-9" writes the month first, "night of 8 to 9 May" last: read whichever is there.
        int Month(Match m) => words.Months[(m.Groups["mon"].Success ? m.Groups["mon"] : m.Groups["mon2"]).Value];
        DayOfWeek Weekday(Match m, string group = "wd") => words.Weekdays[m.Groups[group].Value];
        int Int(Match m, string group) => int.Parse(m.Groups[group].Value);

        (DateOnly?, DateKind) Calendar(Match m, DateOnly? anchor, string dayGroup = "d") => (
            m.Groups["y"].Success
                ? CalendarMath.Make(Int(m, "y"), Month(m), Int(m, dayGroup))
                : CalendarMath.WithoutYear(Month(m), Int(m, dayGroup), anchor),
            DateKind.Absolute);

        (DateOnly?, DateKind) OnWeekday(DateOnly? anchor, DayOfWeek day, string modifier = "") => (
            anchor is not { } a ? null
                : modifier.Equals("next", StringComparison.OrdinalIgnoreCase) ? CalendarMath.After(a, day)
                : modifier.Equals("last", StringComparison.OrdinalIgnoreCase) ? CalendarMath.Before(a, day)
                : CalendarMath.OnOrBefore(a, day),
            DateKind.Weekday);

        Regex R(string pattern, bool ignoreCase = false) =>
            new(pattern, ignoreCase ? Options | RegexOptions.IgnoreCase : Options);

        return
        [
            new("iso-date", R($@"\b{Year[..^2]}-(?<m>[01]\d)-(?<d>[0-3]\d)\b"),
                (m, _) => (CalendarMath.Make(Int(m, "y"), Int(m, "m"), Int(m, "d")), DateKind.Absolute)),
            // "the night of 8 to 9 May", "night of May 8-9": an overnight attack takes the morning's date.
            new("night-of-day-range", R($@"\bnight\s+of\s+(?:{month}\s+)?(?<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|into)\s*{Day}(?:\s+{month.Replace("<mon>", "<mon2>")})?(?:,?\s+{Year})?"),
                (m, c) => m.Groups["mon"].Success || m.Groups["mon2"].Success
                    ? Calendar(m, c.Anchor)
                    : (null, DateKind.Absolute)),
            new("day-month", R($@"\b{Day}\s+(?:of\s+)?{month}(?:,?\s+{Year})?"), (m, c) => Calendar(m, c.Anchor)),
            new("month-day", R($@"\b{month}\s+{Day}(?!\d)(?:,?\s+{Year})?"), (m, c) => Calendar(m, c.Anchor)),
            new("night-weekday-to-weekday", R($@"\b(?:the\s+)?night\s+(?:of\s+|from\s+)?{weekday}\s+(?:to|into|and)\s+{weekday2}"),
                (m, c) => OnWeekday(c.Anchor, Weekday(m, "wd2"))),
            new("overnight-into-weekday", R($@"\b(?:overnight|night)\s+(?:into|to|before|on)\s+{weekday}|\bovernight\s+{weekday}"),
                (m, c) => OnWeekday(c.Anchor, Weekday(m))),
            new("weekday", R($@"\b(?:(?<mod>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?{weekday}"),
                (m, c) => OnWeekday(c.Anchor, Weekday(m), m.Groups["mod"].Value)),
            new("relative-day", R($@"\b(?<rel>{relative})\b", ignoreCase: true), (m, c) =>
            {
                var rel = words.RelativeDays[Regex.Replace(m.Groups["rel"].Value, @"\s+", " ")];
                return rel.Basis switch
                {
                    RelativeBasis.Publication => (c.Anchor?.AddDays(rel.Days), DateKind.Relative),
                    RelativeBasis.Previous => (c.Previous?.AddDays(rel.Days), DateKind.Chained),
                    _ => (null, DateKind.Vague),
                };
            }),
            new("month-only", R($@"\b(?:(?:in|since|during|until|through|throughout|by|from|of|early|late|mid-?|end\s+of|beginning\s+of)\s+(?:early\s+|late\s+|mid-?)?{monthName}(?:\s+{Year})?|{monthName}\s+{Year})"),
                (_, _) => (null, DateKind.MonthOnly)),
        ];
    }
}
