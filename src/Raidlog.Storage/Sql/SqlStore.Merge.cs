using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Merging;

namespace Raidlog.Storage.Sql;

// Merging one report during ingest: find the incident it joins, or found one; recompute the consensus; keep
// the figures it replaced as revisions. Incidents are written at once, so the next report's search sees them.
sealed partial class SqlStore
{
    internal const string FieldColumns = "date, place, admin1, country, lat, lon, precision, mode, attacker, launched, intercepted, suppressed, killed, injured, place_canonical, day_without_year";

    // @p0..@p15 are the field columns in FieldsRow.Values() order.
    const string FieldParams = "@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15";

    const string InsertIncidentSql =
        $"INSERT INTO incidents ({FieldColumns}, place_key, id, sources, disputed, updated_at, another_time) VALUES ({FieldParams}, @p16, @p17, 1, 0, @p18, @p19)";

    static readonly string[] UpdatableColumns = [.. FieldColumns.Split(", "), "place_key", "sources", "disputed"];

    // An incident of another time (migration 008) is never a candidate: nothing says which day it was.
    const string DatedCandidatesSql =
        "SELECT * FROM incidents WHERE country = @p0 AND date BETWEEN @p3 AND @p4 AND (place_key = @p1 OR lower(admin1) = lower(@p2) OR precision = @p5) " +
        "UNION ALL SELECT * FROM incidents WHERE country = @p0 AND place_key = @p1 AND date IS NULL AND another_time = 0";

    const string UndatedCandidatesSql =
        "SELECT * FROM incidents WHERE country = @p0 AND place_key = @p1 AND another_time = 0 ORDER BY date DESC NULLS LAST LIMIT 50";

    // Month-days within MergeRule.DateToleranceDays of one: one more than a year's window (around 29 February the
    // leap and the common year differ by a day); a shorter list is padded by repeating its last day.
    const int DayWindow = 2 * MergeRule.DateToleranceDays + 2;
    static readonly string DayParams = string.Join(", ", Enumerable.Range(2, DayWindow).Select(k => "@p" + k));

    // A day without a year: incidents at the place on a month-day near it ("--MM-DD"), in any year or none, and those
    // with no day at all. Filtered before the limit, so a place attacked every week still finds its day.
    static readonly string YearlessCandidatesSql =
        "SELECT * FROM incidents WHERE country = @p0 AND place_key = @p1 " +
        $"AND (('--' || substr(date, 6)) IN ({DayParams}) OR day_without_year IN ({DayParams}) OR (date IS NULL AND day_without_year IS NULL AND another_time = 0)) " +
        "ORDER BY date DESC NULLS LAST LIMIT 50";

    /// <summary>
    /// Candidates come from index range scans: same country, dates within a day, and the same place or the same
    /// region (the only places MergeRule can accept); or, when either side has no date, the same place (on a nearby
    /// month-day, when the report gives a day without a year). Incidents this article already used are not
    /// candidates. The chosen incident comes back with its current fields.
    /// </summary>
    static IncidentRow? FindIncident(Statements sql, Incident report, HashSet<string> touched)
    {
        var country = (report.Place.Country ?? "").ToUpperInvariant();
        var placeKey = PlaceNames.KeyOf(report.Place);
        var admin1 = report.Place.Admin1 ?? "\u0001";  // matches no region when the report knows none
        var wave = PlaceNames.LevelOf(report.Place) == PlaceNames.Level.Country ? (int)PlacePrecision.Country : -1;
        var rows = (report.Date, report.DayWithoutYear) switch
        {
            ({ } d, _) => sql.Query<IncidentRow>(DatedCandidatesSql, country, placeKey, admin1,
                Dates.Format(d.AddDays(-MergeRule.DateToleranceDays)), Dates.Format(d.AddDays(MergeRule.DateToleranceDays)), wave),
            (null, { } day) => sql.Query<IncidentRow>(YearlessCandidatesSql, [country, placeKey, .. DaysAround(day)]),
            _ => sql.Query<IncidentRow>(UndatedCandidatesSql, country, placeKey),
        };
        var candidates = rows.Where(r => !touched.Contains(r.Id)).OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new Box(r, r.ToIncident()));
        return MergeRule.Choose(report, candidates, b => b.Fields)?.Row;
    }

    static IEnumerable<object?> DaysAround(MonthDay day)
    {
        var days = day.Around(MergeRule.DateToleranceDays).Select(d => d.Iso).ToList();
        return Enumerable.Range(0, DayWindow).Select(k => days[Math.Min(k, days.Count - 1)]);
    }

    sealed record Box(IncidentRow Row, Incident Fields);

    static void InsertIncident(Statements sql, string id, Incident fields, string now) =>
        sql.Execute(InsertIncidentSql, [.. FieldsRow.Of(fields).Values(), PlaceNames.KeyOf(fields.Place), id, now, fields.AnotherTime ? 1L : 0L]);

    /// <summary>Recomputes the incident's consensus with the new report; a changed figure leaves a revision.</summary>
    int Remerge(Statements sql, IngestBatch batch, IncidentRow incident, SourcedReport added, string now)
    {
        var id = incident.Id;
        var before = incident.ToIncident();
        var reports = batch.ReportsOf(id, () => LoadSourced(sql.Connection, sql.Transaction, [id]).GetValueOrDefault(id) ?? []);
        reports.Add(added);
        var merged = Consensus.Of(reports);
        var after = merged.Fields;
        UpdateIncident(sql, incident, [.. FieldsRow.Of(after).Values(), PlaceNames.KeyOf(after.Place), (long)merged.Sources, merged.Disputed ? 1L : 0L], now);
        var revisions = 0;
        foreach (var figure in Enum.GetValues<Figure>())
        {
            var (old, neu) = (before.Get(figure), after.Get(figure));
            if (old is null || old == neu) continue;  // a first value is not a revision; there is nothing to keep
            batch.AddRevision(id, figure, old, neu, added.Order, now);
            revisions++;
        }
        return revisions;
    }

    /// <summary>
    /// Sets only the columns whose value changed (usually the source count and a figure or two): SQLite rewrites
    /// every index over a column named in SET, changed or not, and incidents carry eleven indexes.
    /// </summary>
    static void UpdateIncident(Statements sql, IncidentRow before, object?[] after, string now)
    {
        object?[] old = [.. before.Values(), before.PlaceKey, before.Sources, before.Disputed];
        var set = new List<string>();
        var values = new List<object?>();
        for (var i = 0; i < after.Length; i++)
        {
            if (Equals(old[i], after[i])) continue;
            set.Add($"{UpdatableColumns[i]} = @p{values.Count}");
            values.Add(after[i]);
        }
        set.Add($"updated_at = @p{values.Count}");
        values.Add(now);
        values.Add(before.Id);
        sql.Execute($"UPDATE incidents SET {string.Join(", ", set)} WHERE id = @p{values.Count - 1}", [.. values]);
    }
}
