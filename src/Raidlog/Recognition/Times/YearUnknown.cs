using Raidlog.Incidents;

namespace Raidlog.Recognition.Times;

/// <summary>
/// A calendar day written without a year in a report that gives no year anywhere and no publication date ("On May 3,
/// another drone attack …" beside "the May 30 attack"). Its year cannot be known, but its month and day still tell
/// the article's incidents apart and count chained days ("a day later"), so it is held in a stand-in year that no
/// report is dated in, and becomes null where an incident leaves the article.
/// </summary>
public static class YearUnknown
{
    // a leap year, so that 29 February has a day
    const int StandInYear = 4;

    public static DateOnly? Of(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(StandInYear, month) ? new DateOnly(StandInYear, month, day) : null;

    /// <summary>
    /// A time a sentence sets apart without fixing its day ("in May 2023, two drones were downed near the Kremlin",
    /// "an attack late last month"): a stand-in day of its own (one per sentence), so that its incidents stay apart
    /// from the undated ones of the report's main story. Like a day without a year, it leaves the article as null.
    /// </summary>
    public static DateOnly Elsewhen(int sentence) => new DateOnly(1, 1, 1).AddDays(sentence % 1000);

    /// <summary>True for a stand-in day of <see cref="Elsewhen"/>.</summary>
    public static bool IsElsewhen(DateOnly? date) => date is { } d && d.Year < StandInYear;

    /// <summary>True for a stand-in day of <see cref="Elsewhen"/>, or null: a time whose day the report does not give.</summary>
    public static bool NoDay(DateOnly? date) => date is null || IsElsewhen(date);

    /// <summary>True for a day held in the stand-in year (or a day or two either side of it).</summary>
    public static bool Is(DateOnly date) => date.Year < 1000;

    /// <summary>ISO 8601 text: "2023-05-30", or "--05-30" for a day whose year is unknown (and "another time" for
    /// <see cref="Elsewhen"/>).</summary>
    public static string Iso(DateOnly date) => NoDay(date) ? "another time" : Is(date) ? date.ToString("--MM-dd") : date.ToString("yyyy-MM-dd");

    /// <summary>The month and day an incident keeps when its year is unknown; null for a known date or no day.</summary>
    public static MonthDay? DayOf(DateOnly? date) => date is { } d && Is(d) && !NoDay(d) ? MonthDay.Of(d) : null;

    /// <summary>The date an incident may carry: null when its year is unknown.</summary>
    public static DateOnly? Known(DateOnly? date) => date is { } d && Is(d) ? null : date;
}
