using Raidlog.Incidents;
using Raidlog.Geography;

namespace Raidlog.Merging;

/// <summary>
/// Decides whether a new report describes the same attack as a stored incident, and how well.
/// Same attack: same country, dates within a day, compatible places (the same place, or one inside the
/// other's region, or two wave totals over the same country), compatible mode and attacker. A report with no
/// date joins only an incident at the very same place, and when it gives a day without a year, one whose month
/// and day are within a day of it. A wave total and a region are never the same incident: their counts are not
/// each other's.
/// </summary>
public static class MergeRule
{
    public const int DateToleranceDays = 1;

    static readonly Figure[] Figures = Enum.GetValues<Figure>(); // once: every candidate of every report is scored over them

    public static bool Compatible(Incident report, Incident incident) =>
        SameCountry(report.Place, incident.Place)
        && (report.Date is { } a && incident.Date is { } b
            ? Math.Abs(a.DayNumber - b.DayNumber) <= DateToleranceDays && PlacesCompatible(report.Place, incident.Place)
            : DaysWithoutYearAgree(report, incident) && SamePlace(report.Place, incident.Place))
        && ModesCompatible(report.Mode, incident.Mode)
        && (report.Attacker is null || incident.Attacker is null || report.Attacker == incident.Attacker);

    /// <summary>Among compatible incidents the best has the most in common (place, date, mode, attacker, figures); higher is better.</summary>
    public static int Affinity(Incident report, Incident incident)
    {
        var score = 0;
        if (PlaceNames.KeyOf(report.Place) == PlaceNames.KeyOf(incident.Place)) score += 4;
        if (SameDay(report, incident)) score += 2;
        if (report.Mode == incident.Mode) score += 1;
        if (report.Attacker != null && report.Attacker == incident.Attacker) score += 1;
        foreach (var f in Figures)
            if (report.Get(f) is { } v && v == incident.Get(f)) score += 1;
        return score;
    }

    /// <summary>The best compatible incident, or null: the report then starts an incident of its own. Between two
    /// as close, the one with more figures: the attack a report's outlets told in full, not a side mention of it.</summary>
    public static T? Choose<T>(Incident report, IEnumerable<T> candidates, Func<T, Incident> fields) where T : class
    {
        T? best = null;
        (int Affinity, int Given) bestScore = (-1, -1);
        foreach (var c in candidates)
        {
            var f = fields(c);
            if (!Compatible(report, f)) continue;
            var s = (Affinity(report, f), Figures.Count(x => f.Get(x) is not null));
            if (s.CompareTo(bestScore) > 0) { best = c; bestScore = s; }
        }
        return best;
    }

    /// <summary>
    /// When either side lacks a year, the month and day still tell attacks apart: a yearless "May 28" and a dated
    /// May 30 (or another yearless May 30) are within a day of each other in no year. A side with no day at all
    /// says nothing against the other.
    /// </summary>
    static bool DaysWithoutYearAgree(Incident a, Incident b) => (a.Date, a.DayWithoutYear, b.Date, b.DayWithoutYear) switch
    {
        ({ } date, _, null, { } day) => day.DaysFrom(date) <= DateToleranceDays,
        (null, { } day, { } date, _) => day.DaysFrom(date) <= DateToleranceDays,
        (null, { } x, null, { } y) => x.DaysFrom(y) <= DateToleranceDays,
        _ => true,
    };

    /// <summary>The same date, or the same month and day where a year is missing (two undated reports: alike).</summary>
    static bool SameDay(Incident a, Incident b) =>
        a.Date is { } x && b.Date is { } y ? x == y : DayOf(a) == DayOf(b);

    static MonthDay? DayOf(Incident i) => i.Date is { } d ? MonthDay.Of(d) : i.DayWithoutYear;

    static bool SameCountry(Place a, Place b) => string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Without a date on one side (an undated story with no publication date), only the very same place can tell
    /// that two reports are one attack; a region or a country is too wide to guess.
    /// </summary>
    public static bool SamePlace(Place a, Place b) =>
        PlaceNames.KeyOf(a) == PlaceNames.KeyOf(b) && AdminsAgree(a, b);

    public static bool PlacesCompatible(Place a, Place b)
    {
        var (la, lb) = (PlaceNames.LevelOf(a), PlaceNames.LevelOf(b));
        if (la == PlaceNames.Level.Country || lb == PlaceNames.Level.Country) return la == lb;
        var (na, nb) = (PlaceNames.KeyOf(a), PlaceNames.KeyOf(b));
        if (na == nb) return AdminsAgree(a, b);
        if (a.Admin1 is null || b.Admin1 is null) return false;
        return PlaceNames.Normalize(a.Admin1) == PlaceNames.Normalize(b.Admin1)
               && (la == PlaceNames.Level.Region || lb == PlaceNames.Level.Region);
    }

    static bool AdminsAgree(Place a, Place b) =>
        a.Admin1 is null || b.Admin1 is null || PlaceNames.Normalize(a.Admin1) == PlaceNames.Normalize(b.Admin1);

    /// <summary>
    /// Unknown matches anything; mixed matches drones and missiles. Missile and artillery are also compatible:
    /// outlets call the same strike a "rocket attack", "shelling" or a "missile strike", so the words alone cannot
    /// separate them. Affinity still prefers the same mode when both kinds of incident exist.
    /// </summary>
    public static bool ModesCompatible(AttackMode a, AttackMode b) =>
        a == b || a == AttackMode.Unknown || b == AttackMode.Unknown
        || (a == AttackMode.Mixed && b is AttackMode.Drone or AttackMode.Missile)
        || (b == AttackMode.Mixed && a is AttackMode.Drone or AttackMode.Missile)
        || (a, b) is (AttackMode.Missile, AttackMode.Artillery) or (AttackMode.Artillery, AttackMode.Missile);
}
