namespace Raidlog.Storage.Views;

/// <summary>What ingesting one article did: stored or skipped as a duplicate, its reports, the incidents created and joined.</summary>
public sealed record IngestOutcome(string ArticleId, bool Duplicate, int Reports, int IncidentsCreated, int IncidentsJoined, int Revisions);

/// <summary>How much the store holds.</summary>
public sealed record StoreCounts(long Articles, long Reports, long Incidents, long Revisions);
