using Raidlog.Pipeline;
using Raidlog.Storage.Queries;
using Raidlog.Storage.Views;

namespace Raidlog.Storage;

/// <summary>
/// The incident store: articles, their reports (one extracted incident each, with evidence and claims),
/// merged incidents and their revisions. Implemented on SQLite and PostgreSQL; open one with <see cref="RaidlogStore.Open"/>.
/// Methods are thread-safe: each call uses its own connection.
/// </summary>
public interface IRaidlogStore : IDisposable
{
    /// <summary>
    /// Stores one article and its reports and merges them into incidents, in one transaction.
    /// An article whose text is already stored (same content hash) is skipped.
    /// </summary>
    IngestOutcome Ingest(Extraction extraction);

    /// <summary>
    /// Stores and merges many articles, in order, in one transaction: all of them or (on a store error) none.
    /// The same as ingesting them one by one, with far fewer SQL statements and commits.
    /// </summary>
    IReadOnlyList<IngestOutcome> IngestMany(IReadOnlyList<Extraction> extractions);

    /// <summary>One page of merged incidents matching the filters, with the total count.</summary>
    Page<IncidentSummary> QueryIncidents(IncidentQuery query);

    /// <summary>An incident with every report side by side, each figure's consensus, and its revisions; null if unknown.</summary>
    IncidentDetail? GetIncident(string id);

    /// <summary>A stored article with its text and the reports extracted from it; null if unknown.</summary>
    ArticleView? GetArticle(string id);

    /// <summary>Daily totals per mode and totals per country/admin1 over the incidents matching the filters (paging ignored).</summary>
    Stats GetStats(IncidentQuery query);

    /// <summary>Every matching incident with its reports, streamed in pages (paging ignored), for exports.</summary>
    IEnumerable<IncidentDetail> Export(IncidentQuery query);

    StoreCounts Counts();
}
