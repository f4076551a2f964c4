using Raidlog.Merging;

namespace Raidlog.Storage.Views;

/// <summary>An incident with each figure's consensus (value, range, claimant, disputed), every report, and its revisions.</summary>
public sealed record IncidentDetail(
    IncidentSummary Summary,
    IReadOnlyList<FigureConsensus> Figures,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyList<RevisionView> Revisions);

/// <summary>A consensus figure that changed: the value before, the value after, and the report that changed it.</summary>
public sealed record RevisionView(string Field, int? OldValue, int? NewValue, long ReportId, string ArticleId, DateTimeOffset At);
