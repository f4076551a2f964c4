namespace Raidlog.Recognition.Times;

/// <summary>Turns partial dates (no year, a weekday) into calendar days counted from the publication date.</summary>
static class CalendarMath
{
    /// <summary>
    /// A date written without a year takes the year that puts it on or before the publication date. A date a
    /// few days after publication keeps the publication year: that is a late-dated page or a wire dateline
    /// ("June 19 (Reuters)" on a page stamped June 18), far likelier than an event from nearly a year earlier.
    /// </summary>
    const int DaysOfSlackAfterPublication = 14;

    public static DateOnly? WithoutYear(int month, int day, DateOnly? anchor)
    {
        if (anchor is not { } a) return YearUnknown.Of(month, day);
        var sameYear = Make(a.Year, month, day);
        if (sameYear is null) return Make(a.Year - 1, month, day); // 29 February
        return sameYear.Value.DayNumber - a.DayNumber > DaysOfSlackAfterPublication ? Make(a.Year - 1, month, day) : sameYear;
    }

    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The latest such weekday on or before the anchor ("on Tuesday" in a Tuesday story is that day).</summary>
    public static DateOnly OnOrBefore(DateOnly anchor, DayOfWeek day) =>
        anchor.AddDays(-(((int)anchor.DayOfWeek - (int)day + 7) % 7));

    /// <summary>"last Tuesday": strictly before the anchor.</summary>
    public static DateOnly Before(DateOnly anchor, DayOfWeek day) => OnOrBefore(anchor.AddDays(-1), day);

    /// <summary>"next Tuesday": strictly after the anchor.</summary>
    public static DateOnly After(DateOnly anchor, DayOfWeek day) => OnOrBefore(anchor.AddDays(7), day);
}
