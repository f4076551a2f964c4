using Raidlog.Text;

namespace Raidlog.Recognition.Times;

/// <summary>How a date mention fixes its day, from most to least specific.</summary>
public enum DateKind
{
    /// <summary>"August 21", "21 August 2024", "2024-08-21": the calendar names the day.</summary>
    Absolute,
    /// <summary>"on Tuesday", "overnight into Monday", "late Friday": a weekday counted back from publication.</summary>
    Weekday,
    /// <summary>"yesterday", "last night", "two days ago": a day counted from publication.</summary>
    Relative,
    /// <summary>"on the same day", "a day after": a day counted from the previous dated mention.</summary>
    Chained,
    /// <summary>"in May", "since February 2022": a month, no day.</summary>
    MonthOnly,
    /// <summary>"earlier this week", "recently": a time that fixes no day.</summary>
    Vague,
    /// <summary>"officials said Monday": the day something was said; it stands for the attack's day only as an article's lead.</summary>
    Said,
    /// <summary>"date 2024-09-17" or "Published: 2024-09-17" at the start of a line: the page's stamp, not the report's words.</summary>
    PageStamp,
}

/// <summary>
/// One time expression in a text. <see cref="Date"/> is null when the text does not fix a day (month only, vague,
/// or no publication date to count from). <see cref="Rule"/> names the pattern that matched, for diagnostics.
/// </summary>
/// <param name="LeadStart">where the words that lead into the day start ("on the night of May 2"); the span's start if none</param>
public sealed record DateMention(TextSpan Span, DateOnly? Date, DateKind Kind, string Rule, int LeadStart)
{
    /// <summary>True when the mention names a calendar day (it may still be unresolved for lack of an anchor).</summary>
    public bool FixesDay => Kind is DateKind.Absolute or DateKind.Weekday or DateKind.Relative or DateKind.Chained;
}
