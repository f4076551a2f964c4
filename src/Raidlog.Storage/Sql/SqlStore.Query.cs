using Dapper;
using Raidlog.Storage.Queries;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Sql;

// Reading: incident lists, one incident in full, one article, and the export stream.
sealed partial class SqlStore
{
    const int ExportPage = 500;

    /// <summary>Matches past which a page is found by walking the sort order rather than by sorting the matches.</summary>
    const int WalkAbove = 2000;

    public Page<IncidentSummary> QueryIncidents(IncidentQuery query) => Run(c =>
    {
        var limit = Math.Clamp(query.Limit, 0, IncidentQuery.MaxLimit);
        var offset = Math.Max(0, query.Offset);
        var (where, args) = IncidentFilter.Build(query, _dialect);
        var total = c.ExecuteScalar<long>($"SELECT count(*) FROM incidents i {where}", args);
        // SQLite keeps no statistics on value ranges or text matches, so it drives a bbox or text query from that
        // index whether the filter matches ten incidents or sixty thousand, then sorts them all. The count tells
        // which it is: when there are many matches and the page is among the first tenth of them, walking the
        // sort order and skipping misses is cheaper (a box holding 60,000 of 100,000 incidents: 370 ms -> 4 ms).
        if ((query.Bbox is not null || query.Text is { Length: > 0 }) && !_dialect.KnowsValueRanges
            && total > WalkAbove && (offset + limit) * 10L < total)
            (where, args) = IncidentFilter.Build(query, _dialect, indexed: false);
        args.Add("limit", limit);
        args.Add("offset", offset);
        var rows = c.Query<IncidentRow>($"SELECT i.* FROM incidents i {where} {IncidentFilter.OrderBy(query)} LIMIT @limit OFFSET @offset", args);
        return new Page<IncidentSummary>(rows.Select(Summary).ToList(), total, offset, limit);
    });

    public IncidentDetail? GetIncident(string id) => Run(c =>
    {
        var row = c.QuerySingleOrDefault<IncidentRow>("SELECT * FROM incidents WHERE id = @id", new { id });
        if (row is null) return null;
        var reports = LoadReports(c, null, "WHERE r.incident_id = @id", new { id });
        var revisions = c.Query<RevisionRow>(
            "SELECT v.field, v.old_value, v.new_value, v.report_id, a.id AS article_id, v.at FROM revisions v " +
            "JOIN reports r ON r.id = v.report_id JOIN articles a ON a.seq = r.article_seq WHERE v.incident_id = @id ORDER BY v.id", new { id })
            .Select(v => new RevisionView(v.Field, (int?)v.OldValue, (int?)v.NewValue, v.ReportId, v.ArticleId, Dates.Instant(v.At)))
            .ToList();
        return Detail(row, reports, revisions);
    });

    public ArticleView? GetArticle(string id) => Run(c =>
    {
        var a = c.QuerySingleOrDefault<ArticleRow>("SELECT * FROM articles WHERE id = @id", new { id });
        if (a is null) return null;
        var reports = LoadReports(c, null, "WHERE r.article_seq = @Seq", new { a.Seq });
        var meta = new Raidlog.Articles.ArticleMetadata(Dates.Parse(a.Published), a.Outlet, a.Url, a.Language);
        return new ArticleView(a.Id, a.Hash, meta, a.Text, Dates.Instant(a.IngestedAt), reports);
    });

    /// <summary>Keyset pages by id: constant work per page however large the store, and a connection held only per page.</summary>
    public IEnumerable<IncidentDetail> Export(IncidentQuery query)
    {
        var after = "";
        while (true)
        {
            var page = Run(c =>
            {
                var (where, args) = IncidentFilter.Build(query, _dialect);
                where = (where.Length == 0 ? "WHERE " : where + " AND ") + "i.id > @after";
                args.Add("after", after);
                args.Add("limit", ExportPage);
                var rows = c.Query<IncidentRow>($"SELECT i.* FROM incidents i {where} ORDER BY i.id LIMIT @limit", args).ToList();
                if (rows.Count == 0) return [];
                var ids = rows.Select(r => r.Id).ToList();
                var reports = LoadReports(c, null, "WHERE " + _dialect.InList("r.incident_id", "ids"), new { ids = ids.ToArray() }).ToLookup(r => r.IncidentId);
                return rows.Select(r => Detail(r, reports[r.Id].ToList(), [])).ToList();
            });
            if (page.Count == 0) yield break;
            foreach (var detail in page) yield return detail;
            after = page[^1].Summary.Id;
        }
    }

    static IncidentSummary Summary(IncidentRow r) =>
        new(r.Id, r.ToIncident(), (int)r.Sources, r.Disputed != 0, Dates.Instant(r.UpdatedAt));

    IncidentDetail Detail(IncidentRow row, List<ReportView> reports, IReadOnlyList<RevisionView> revisions)
    {
        var figures = reports.Count == 0 ? [] : Raidlog.Merging.Consensus.Of(reports.Select(ToSourced).ToList()).Figures;
        return new IncidentDetail(Summary(row), figures, reports, revisions);
    }
}
