using System.Globalization;

namespace Raidlog.Incidents;

/// <summary>
/// A calendar day without a year: what a report says when its article prints no year and has no publication
/// date ("On May 3, another drone attack …"). Written as ISO 8601 "--05-03".
/// </summary>
public readonly record struct MonthDay
{
    public int Month { get; }
    public int Day { get; }

    /// <param name="day">29 February is allowed: some year has it.</param>
    public MonthDay(int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
            throw new ArgumentOutOfRangeException(nameof(day), $"no day {month:00}-{day:00} in any year");
        (Month, Day) = (month, day);
    }

    public static MonthDay Of(DateOnly date) => new(date.Month, date.Day);

    /// <summary>"--05-03", or null for anything else.</summary>
    public static MonthDay? Parse(string? iso) =>
        iso is { Length: 7 } s && s.StartsWith("--", StringComparison.Ordinal)
        && int.TryParse(s.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && s[4] == '-' && int.TryParse(s.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(2000, m)
            ? new MonthDay(m, d) : null;

    public string Iso => string.Create(CultureInfo.InvariantCulture, $"--{Month:00}-{Day:00}");

    public override string ToString() => Iso;

    /// <summary>
    /// Days from this day to the nearest date, in the date's year or the one either side (31 December is one day
    /// from 1 January). A 29 February counts only in leap years.
    /// </summary>
    public int DaysFrom(DateOnly date)
    {
        var best = int.MaxValue;
        for (var year = date.Year - 1; year <= date.Year + 1; year++)
            if (year is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(year, Month))
                best = Math.Min(best, Math.Abs(new DateOnly(year, Month, Day).DayNumber - date.DayNumber));
        return best;
    }

    /// <summary>Days between two days of unknown years: the fewest in a leap or a common year.</summary>
    public int DaysFrom(MonthDay other) =>
        Math.Min(Within(2000) is { } leap ? other.DaysFrom(leap) : int.MaxValue,
                 Within(2001) is { } common ? other.DaysFrom(common) : int.MaxValue);

    /// <summary>The days within <paramref name="tolerance"/> days of this one, in a leap or a common year.</summary>
    public IReadOnlyList<MonthDay> Around(int tolerance)
    {
        var days = new List<MonthDay>();
        foreach (var year in (int[])[2000, 2001])
            if (Within(year) is { } d)
                for (var k = -tolerance; k <= tolerance; k++)
                    if (!days.Contains(Of(d.AddDays(k)))) days.Add(Of(d.AddDays(k)));
        return days;
    }

    DateOnly? Within(int year) => Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
}
