using System.Data.Common;
using Dapper;
using Raidlog.Articles;
using Raidlog.Incidents;
using Raidlog.Merging;

namespace Raidlog.Storage.Sql;

/// <summary>
/// What one ingest transaction has decided but not yet written: the articles, reports, evidence, claims and
/// revisions of a batch, written at the end in multi-row inserts. Ids are handed out here (the next after the
/// largest stored, under the write lock), so a rerun after a crash hands out the very same ids.
/// It also keeps the reports of every incident the batch touched, so a merge reads them from memory, not SQL.
/// Incidents themselves are written at once: the next report's candidate search reads them from the database.
/// </summary>
sealed class IngestBatch
{
    const string ArticleColumns = "seq, id, hash, outlet, url, published, language, text, ingested_at";
    const string ReportColumns = "id, article_seq, ordinal, incident_id, " + SqlStore.FieldColumns;
    const string EvidenceColumns = "report_id, start, \"end\", text";
    const string ClaimColumns = "report_id, field, value, claimant, start, \"end\", text";
    const string RevisionColumns = "incident_id, field, old_value, new_value, report_id, at";

    readonly Dictionary<string, string> _idByHash;
    readonly HashSet<string> _takenIds;
    readonly Dictionary<string, List<SourcedReport>> _reportsByIncident = [];
    readonly List<object?[]> _articles = [], _reports = [], _evidence = [], _claims = [], _revisions = [];
    readonly long _firstReportId;
    long _lastSeq, _lastReportId;

    IngestBatch(Dictionary<string, string> idByHash, HashSet<string> takenIds, long lastSeq, long lastReportId) =>
        (_idByHash, _takenIds, _lastSeq, _lastReportId, _firstReportId) = (idByHash, takenIds, lastSeq, lastReportId, lastReportId + 1);

    /// <summary>Reads in four queries what the batch needs to know of the store: stored hashes, taken ids, last ids.</summary>
    public static IngestBatch Start(DbConnection c, DbTransaction tx, SqlDialect dialect, IReadOnlyList<(Article Article, string Hash)> articles)
    {
        var hashes = articles.Select(a => a.Hash).Distinct().ToArray();
        var ids = articles.Select(a => a.Article.Id).Distinct().ToArray();
        var stored = c.Query<(string Hash, string Id)>($"SELECT hash, id FROM articles WHERE {dialect.InList("hash", "hashes")}", new { hashes }, tx)
            .ToDictionary(r => r.Hash, r => r.Id);
        var taken = c.Query<string>($"SELECT id FROM articles WHERE {dialect.InList("id", "ids")}", new { ids }, tx).ToHashSet();
        var lastSeq = c.ExecuteScalar<long?>("SELECT max(seq) FROM articles", transaction: tx) ?? 0;
        var lastReport = c.ExecuteScalar<long?>("SELECT max(id) FROM reports", transaction: tx) ?? 0;
        return new IngestBatch(stored, taken, lastSeq, lastReport);
    }

    /// <summary>The id of an article with this text stored before or earlier in the batch; null when it is new.</summary>
    public string? StoredId(string hash) => _idByHash.GetValueOrDefault(hash);

    /// <summary>Article ids are file names, so two folders can both hold "index"; the later one gets its hash appended.</summary>
    public StoredArticle AddArticle(Article article, string hash, string now)
    {
        var id = _takenIds.Contains(article.Id) ? $"{article.Id}-{hash[..10]}" : article.Id;
        _takenIds.Add(id);
        _idByHash[hash] = id;
        var meta = article.Metadata;
        var stored = new StoredArticle(++_lastSeq, id, meta);
        _articles.Add([stored.Seq, id, hash, meta.Outlet, meta.Url, Dates.Format(meta.Published), meta.Language, article.Text, now]);
        return stored;
    }

    /// <summary>Queues the report with its evidence and claims; returns it as the merge sees it once stored.</summary>
    public SourcedReport AddReport(StoredArticle article, int ordinal, string incidentId, Incident report, string text)
    {
        var id = ++_lastReportId;
        var row = FieldsRow.Of(report);
        _reports.Add([id, article.Seq, ordinal, incidentId, .. row.Values()]);
        foreach (var s in report.Evidence.Where(s => SqlStore.InText(s, text)))
            _evidence.Add([id, s.Start, s.End, s.Of(text)]);
        foreach (var cl in report.Claims)
            _claims.Add([id, cl.Field, cl.Value, cl.Claimant, cl.Span.Start, cl.Span.End, SqlStore.InText(cl.Span, text) ? cl.Span.Of(text) : ""]);
        // Exactly what LoadReports would read back: stored columns only, claims by position, no evidence.
        var claims = report.Claims.OrderBy(cl => cl.Span.Start).Select(cl => new Claim(cl.Field, cl.Value, cl.Claimant, cl.Span)).ToList();
        var stored = row.ToIncident(claims: claims);
        return new SourcedReport(stored with { Date = stored.Date ?? article.Meta.Published }, article.Id, article.Meta.Outlet, article.Meta.Published, id);
    }

    /// <summary>Every report of the incident: from memory once the batch has touched it, else loaded once.</summary>
    public List<SourcedReport> ReportsOf(string incidentId, Func<List<SourcedReport>> load)
    {
        if (!_reportsByIncident.TryGetValue(incidentId, out var reports))
            _reportsByIncident[incidentId] = reports = load();
        return reports;
    }

    public void AddRevision(string incidentId, Figure figure, int? old, int? neu, long reportId, string now) =>
        _revisions.Add([incidentId, figure.ToWire(), old, neu, reportId, now]);

    /// <summary>Writes everything queued, parents before children, so foreign keys hold after every statement.</summary>
    public void Flush(DbConnection c, DbTransaction tx, SqlDialect dialect)
    {
        MultiRowInsert.Run(c, tx, dialect, "articles", ArticleColumns, _articles);
        MultiRowInsert.Run(c, tx, dialect, "reports", ReportColumns, _reports);
        MultiRowInsert.Run(c, tx, dialect, "evidence", EvidenceColumns, _evidence);
        MultiRowInsert.Run(c, tx, dialect, "claims", ClaimColumns, _claims);
        MultiRowInsert.Run(c, tx, dialect, "revisions", RevisionColumns, _revisions);
        if (_articles.Count > 0) dialect.IdsAssigned(c, tx, "articles", "seq");
        if (_reports.Count > 0)
        {
            dialect.IdsAssigned(c, tx, "reports", "id");
            dialect.ReportsAdded(c, tx, _firstReportId);
        }
    }
}

/// <summary>An article as queued: its row number, its final id and its metadata.</summary>
sealed record StoredArticle(long Seq, string Id, ArticleMetadata Meta);
