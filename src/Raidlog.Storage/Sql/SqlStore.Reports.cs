using System.Data.Common;
using Dapper;
using Raidlog.Incidents;
using Raidlog.Merging;
using Raidlog.Storage.Views;
using Raidlog.Text;

namespace Raidlog.Storage.Sql;

// Loading reports with their evidence and claims, for many incidents or one article at a time (three queries, no N+1).
sealed partial class SqlStore
{
    const string ReportSelect =
        "SELECT r.*, a.id AS article_id, a.outlet, a.url, a.published FROM reports r JOIN articles a ON a.seq = r.article_seq ";

    Dictionary<string, List<SourcedReport>> LoadSourced(DbConnection c, DbTransaction? tx, IReadOnlyCollection<string> incidentIds) =>
        LoadReports(c, tx, "WHERE " + _dialect.InList("r.incident_id", "incidentIds"), new { incidentIds = incidentIds.ToArray() }, withEvidence: false)
            .GroupBy(r => r.IncidentId)
            .ToDictionary(g => g.Key, g => g.Select(ToSourced).ToList());

    // A report without its own date is taken to be about its publication day, as it was when merged.
    static SourcedReport ToSourced(ReportView r) =>
        new(r.Report with { Date = r.Report.Date ?? r.Published }, r.ArticleId, r.Outlet, r.Published, r.Id);

    /// <summary>Merging needs claims (who said it) but not evidence, so it can skip that query.</summary>
    List<ReportView> LoadReports(DbConnection c, DbTransaction? tx, string where, object args, bool withEvidence = true)
    {
        var rows = c.Query<ReportRow>(ReportSelect + where + " ORDER BY r.id", args, tx).ToList();
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToArray();
        var spans = !withEvidence ? Enumerable.Empty<SpanRow>().ToLookup(s => s.ReportId) : c.Query<SpanRow>($"SELECT * FROM evidence WHERE {_dialect.InList("report_id", "ids")} ORDER BY report_id, start", new { ids }, tx).ToLookup(s => s.ReportId);
        var claims = c.Query<ClaimRow>($"SELECT * FROM claims WHERE {_dialect.InList("report_id", "ids")} ORDER BY report_id, start", new { ids }, tx).ToLookup(s => s.ReportId);
        return rows.Select(r =>
        {
            var ev = spans[r.Id].Select(s => new EvidenceView((int)s.Start, (int)s.End, s.Text)).ToList();
            var cl = claims[r.Id].Select(x => new ClaimView(x.Field, (int?)x.Value, x.Claimant, (int)x.Start, (int)x.End, x.Text)).ToList();
            var report = r.ToIncident(
                ev.Select(e => new TextSpan(e.Start, e.End)).ToList(),
                cl.Select(x => new Claim(x.Field, x.Value, x.Claimant, new TextSpan(x.Start, x.End))).ToList());
            return new ReportView(r.Id, r.IncidentId, r.ArticleId, (int)r.Ordinal, r.Outlet, r.Url, Dates.Parse(r.Published), report, ev, cl);
        }).ToList();
    }
}
