using Dapper;
using Raidlog.Incidents;
using Raidlog.Storage.Queries;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Sql;

// Aggregates for the timeline and the map legend, computed in the database over the consensus figures.
sealed partial class SqlStore
{
    const string Sums = "count(*) AS incidents, coalesce(sum(i.launched), 0) AS launched, coalesce(sum(i.intercepted), 0) AS intercepted, " +
                        "coalesce(sum(i.suppressed), 0) AS suppressed, coalesce(sum(i.killed), 0) AS killed, coalesce(sum(i.injured), 0) AS injured";

    sealed class TotalsRow
    {
        public string? Date { get; set; }
        public string? Mode { get; set; }
        public string? Country { get; set; }
        public string? Admin1 { get; set; }
        public long Incidents { get; set; }
        public long Launched { get; set; }
        public long Intercepted { get; set; }
        public long Suppressed { get; set; }
        public long Killed { get; set; }
        public long Injured { get; set; }
        public FigureTotals Totals => new(Incidents, Launched, Intercepted, Suppressed, Killed, Injured);
    }

    public Stats GetStats(IncidentQuery query) => Run(c =>
    {
        var (where, args) = IncidentFilter.Build(query, _dialect);
        var dated = (where.Length == 0 ? "WHERE " : where + " AND ") + "i.date IS NOT NULL";
        List<TotalsRow> Q(string sql) => c.Query<TotalsRow>(sql, args).ToList();
        var overall = Q($"SELECT {Sums} FROM incidents i {where}").Single().Totals;
        var daily = Q($"SELECT i.date, i.mode, {Sums} FROM incidents i {dated} GROUP BY i.date, i.mode ORDER BY i.date, i.mode")
            .Select(r => new DailyTotals(Dates.Parse(r.Date)!.Value, AttackModeNames.Parse(r.Mode), r.Totals)).ToList();
        var byCountry = Q($"SELECT i.country, {Sums} FROM incidents i {where} GROUP BY i.country ORDER BY incidents DESC, i.country")
            .Select(r => new RegionTotals(r.Country!, null, r.Totals)).ToList();
        var byAdmin1 = Q($"SELECT i.country, i.admin1, {Sums} FROM incidents i {where} GROUP BY i.country, i.admin1 ORDER BY incidents DESC, i.country, i.admin1")
            .Select(r => new RegionTotals(r.Country!, r.Admin1, r.Totals)).ToList();
        return new Stats(overall, daily, byCountry, byAdmin1);
    });
}
