using Raidlog.Geography;
using Raidlog.Incidents;

namespace Raidlog.Merging;

/// <summary>
/// The consensus rule, per figure:
/// 1. Each source speaks once: a source is the claimant quoted for the figure ("the Defence Ministry"), or,
///    when the report quotes nobody, its outlet. A source's latest report (by publication date, then ingest
///    order) supersedes its earlier ones — "the toll has risen to four" replaces "two". When either of two
///    reports has no publication date, which is later is unknown: of a toll, the larger stands (tolls rise).
/// 2. Sources that quote a claimant outrank unattributed ones: an outlet's own count yields to an official's.
/// 3. Among the remaining sources the value most of them give wins; a tie goes, for a toll, to the larger value
///    (tolls are revised upwards, and outlets without a date cannot be ordered), else to the latest published.
/// The range spans every source's latest value; the figure is disputed when they differ.
/// Representative fields: the most specific place, then the most reported date (of two as reported, the earlier:
/// later stories date the toll's update) or, when no report has a year, the most reported day without one, mode and
/// attacker.
/// </summary>
public static class Consensus
{
    public static MergedIncident Of(IReadOnlyList<SourcedReport> reports)
    {
        if (reports.Count == 0) throw new ArgumentException("an incident has at least one report", nameof(reports));
        var ordered = reports.OrderBy(r => r.Published ?? DateOnly.MinValue).ThenBy(r => r.Order).ToList();
        var figures = Enum.GetValues<Figure>().Select(f => FigureOf(f, ordered)).ToList();
        var byValue = figures.ToDictionary(f => f.Figure, f => f.Value);
        var date = DateOf(ordered);
        var fields = new Incident
        {
            Date = date,
            DayWithoutYear = date is null ? DayWithoutYearOf(ordered) : null,
            Place = PlaceOf(ordered),
            Mode = ModeOf(ordered),
            Attacker = MostReported(ordered, r => r.Report.Attacker),
            Launched = byValue[Figure.Launched],
            Intercepted = byValue[Figure.Intercepted],
            Suppressed = byValue[Figure.Suppressed],
            Killed = byValue[Figure.Killed],
            Injured = byValue[Figure.Injured],
        };
        return new MergedIncident(fields, figures, reports.Select(r => r.ArticleId).Distinct().Count());
    }

    static FigureConsensus FigureOf(Figure figure, List<SourcedReport> ordered)
    {
        // Latest word of each source, in ascending time order, so the last write per key wins.
        var latest = new Dictionary<string, (int Value, SourcedReport From, bool Attributed)>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in ordered)
        {
            if (r.Report.Get(figure) is not { } v) continue;
            var claimant = r.ClaimantOf(figure);
            var key = claimant.Length > 0 ? "claimant:" + claimant : "outlet:" + (r.Outlet ?? r.ArticleId);
            if (figure.CountsPeople() && latest.TryGetValue(key, out var prior) && (prior.From.Published is null || r.Published is null) && prior.Value > v)
                continue;
            latest[key] = (v, r, claimant.Length > 0);
        }
        if (latest.Count == 0) return new FigureConsensus(figure, null, null, null, null, 0, false);
        var voices = latest.Values.ToList();
        var pool = voices.Any(v => v.Attributed) ? voices.Where(v => v.Attributed).ToList() : voices;
        var winner = pool.GroupBy(v => v.Value)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => figure.CountsPeople() ? g.Key : 0)
            .ThenByDescending(g => g.Max(v => (v.From.Published ?? DateOnly.MinValue, v.From.Order)))
            .ThenByDescending(g => g.Key)
            .First();
        var said = winner.OrderByDescending(v => v.From.Order).First();
        var claimantName = said.Attributed ? said.From.ClaimantOf(figure) : said.From.Outlet;
        var min = voices.Min(v => v.Value);
        var max = voices.Max(v => v.Value);
        return new FigureConsensus(figure, winner.Key, min, max, claimantName, voices.Count, min != max);
    }

    /// <summary>
    /// Town before region before country: the finest place any source names, ties going to the most named;
    /// of its spellings, the one that knows its region and coordinates.
    /// </summary>
    static Place PlaceOf(List<SourcedReport> ordered) =>
        ordered.Select(r => r.Report.Place)
            .GroupBy(PlaceNames.KeyOf)
            .OrderBy(g => g.Min(PlaceNames.LevelOf))
            .ThenByDescending(g => g.Count())
            .First()
            .OrderByDescending(p => (p.Admin1 != null ? 2 : 0) + (p.Lat != null ? 1 : 0))
            .First();

    static DateOnly? DateOf(List<SourcedReport> ordered) => MostReportedEarliest(ordered.Select(r => r.Report.Date), d => d.DayNumber);

    /// <summary>With no report dated, the day most reports give without a year.</summary>
    static MonthDay? DayWithoutYearOf(List<SourcedReport> ordered) =>
        MostReportedEarliest(ordered.Select(r => r.Report.DayWithoutYear), d => d.Month * 32 + d.Day);

    /// <summary>The day most reports give; of two given as often, the earlier (later stories date the toll's update).</summary>
    static T? MostReportedEarliest<T>(IEnumerable<T?> days, Func<T, int> order) where T : struct =>
        days.OfType<T>().GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => order(g.Key)).Select(g => (T?)g.Key).FirstOrDefault();

    static AttackMode ModeOf(List<SourcedReport> ordered)
    {
        var known = ordered.Select(r => r.Report.Mode).Where(m => m != AttackMode.Unknown).ToList();
        return known.Count == 0 ? AttackMode.Unknown
            : known.GroupBy(m => m).OrderByDescending(g => g.Count()).First().Key;
    }

    static T? MostReported<T>(List<SourcedReport> ordered, Func<SourcedReport, T?> pick) =>
        ordered.Select(pick).Where(v => v is not null)
            .GroupBy(v => v!)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
}
