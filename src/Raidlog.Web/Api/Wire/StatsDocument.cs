using Raidlog.Incidents;
using Raidlog.Storage.Views;

namespace Raidlog.Web.Api.Wire;

/// <summary>
/// Totals for the timeline and the filters: per day (all modes together, and per mode), per country and per
/// first-level region. "suppressed" is the jammed count.
/// </summary>
public sealed record StatsDocument(
    TotalsItem Overall, IReadOnlyList<DayItem> Days, IReadOnlyList<DayItem> DaysByMode,
    IReadOnlyList<RegionItem> Countries, IReadOnlyList<RegionItem> Admin1)
{
    public static StatsDocument From(Stats s) => new(
        TotalsItem.From(s.Overall),
        s.Daily.GroupBy(d => d.Date).OrderBy(g => g.Key)
            .Select(g => DayItem.From(g.Key, null, Sum(g.Select(d => d.Totals)))).ToList(),
        s.Daily.Select(d => DayItem.From(d.Date, d.Mode, d.Totals)).ToList(),
        s.ByCountry.Select(RegionItem.From).ToList(),
        s.ByAdmin1.Select(RegionItem.From).ToList());

    static FigureTotals Sum(IEnumerable<FigureTotals> totals) => totals.Aggregate(new FigureTotals(0, 0, 0, 0, 0, 0), (a, b) => new(
        a.Incidents + b.Incidents, a.Launched + b.Launched, a.Intercepted + b.Intercepted,
        a.Suppressed + b.Suppressed, a.Killed + b.Killed, a.Injured + b.Injured));
}

public sealed record TotalsItem(long Incidents, long Launched, long Intercepted, long Suppressed, long Killed, long Injured)
{
    public static TotalsItem From(FigureTotals t) => new(t.Incidents, t.Launched, t.Intercepted, t.Suppressed, t.Killed, t.Injured);
}

public sealed record DayItem(string Date, string? Mode, long Incidents, long Launched, long Intercepted, long Suppressed, long Killed, long Injured)
{
    public static DayItem From(DateOnly date, AttackMode? mode, FigureTotals t) =>
        new(date.ToString("yyyy-MM-dd"), mode?.ToWire(), t.Incidents, t.Launched, t.Intercepted, t.Suppressed, t.Killed, t.Injured);
}

public sealed record RegionItem(string Country, string? Admin1, long Incidents, long Launched, long Intercepted, long Suppressed, long Killed, long Injured)
{
    public static RegionItem From(RegionTotals r) =>
        new(r.Country, r.Admin1, r.Totals.Incidents, r.Totals.Launched, r.Totals.Intercepted, r.Totals.Suppressed, r.Totals.Killed, r.Totals.Injured);
}
