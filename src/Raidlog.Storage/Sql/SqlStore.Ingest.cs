using System.Security.Cryptography;
using System.Text;
using Raidlog.Pipeline;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Sql;

// Ingest: one transaction per batch of articles, so a killed process leaves each batch whole or absent, and a
// rerun skips what is stored (same content hash) and redoes the rest in the same order, with the same ids and
// merges. Per report only the merge talks to the database (SqlStore.Merge.cs); the rest waits in the
// IngestBatch and goes in as multi-row inserts at the end.
sealed partial class SqlStore
{
    public IngestOutcome Ingest(Extraction extraction) => IngestMany([extraction])[0];

    public IReadOnlyList<IngestOutcome> IngestMany(IReadOnlyList<Extraction> extractions) => Run(c =>
    {
        if (extractions.Count == 0) return [];
        var hashes = extractions.Select(e => Hash(e.Article.Text)).ToList();
        using var tx = _dialect.BeginWrite(c);
        using var sql = new Statements(c, tx);
        var batch = IngestBatch.Start(c, tx, _dialect, extractions.Select((e, k) => (e.Article, hashes[k])).ToList());
        var now = DateTimeOffset.UtcNow.ToString("O");
        var outcomes = extractions.Select((e, k) => IngestOne(sql, batch, e, hashes[k], now)).ToList();
        batch.Flush(c, tx, _dialect);
        tx.Commit();
        return outcomes;
    });

    IngestOutcome IngestOne(Statements sql, IngestBatch batch, Extraction extraction, string hash, string now)
    {
        if (batch.StoredId(hash) is { } existing) return new IngestOutcome(existing, true, 0, 0, 0, 0);
        var article = batch.AddArticle(extraction.Article, hash, now);
        int created = 0, joined = 0, revisions = 0;
        var touched = new HashSet<string>();  // an article's own reports are distinct incidents by its own account
        for (var ordinal = 0; ordinal < extraction.Incidents.Count; ordinal++)
        {
            var report = extraction.Incidents[ordinal];
            // an undated report is taken to tell of its publication day, unless it tells of another time ("earlier this
            // month"): that one is an incident of its own, joined by none, since nothing says which day it was
            var date = report.Date ?? (report.AnotherTime ? null : article.Meta.Published);
            var asMerged = report with { Date = date, DayWithoutYear = date is null ? report.DayWithoutYear : null };
            var found = report.AnotherTime ? null : FindIncident(sql, asMerged, touched);
            var incidentId = found?.Id ?? IncidentId(hash, ordinal);
            var sourced = batch.AddReport(article, ordinal, incidentId, report, extraction.Article.Text);
            if (found is null)
            {
                // A lone report is its own consensus, so a new incident needs no merge pass.
                InsertIncident(sql, incidentId, asMerged, now);
                batch.ReportsOf(incidentId, () => []).Add(sourced);
                created++;
            }
            else
            {
                revisions += Remerge(sql, batch, found, sourced, now);
                joined++;
            }
            touched.Add(incidentId);
        }
        return new IngestOutcome(article.Id, false, extraction.Incidents.Count, created, joined, revisions);
    }

    internal static bool InText(Raidlog.Text.TextSpan s, string text) => s.Start >= 0 && s.End <= text.Length && s.Start <= s.End;

    static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Derived from the founding report, so a rerun after a crash recreates the very same id.</summary>
    static string IncidentId(string articleHash, int ordinal) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{articleHash}#{ordinal}")))[..12];
}
