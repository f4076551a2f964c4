using Raidlog.Incidents;
using Raidlog.Merging;
using Raidlog.Storage.Views;

namespace Raidlog.Web.Api.Wire;

/// <summary>One incident in full: consensus, each figure's range and claimant, every report, every revision.</summary>
public sealed record IncidentDocument(
    IncidentItem Incident,
    IReadOnlyList<FigureItem> Figures,
    IReadOnlyList<ReportItem> Reports,
    IReadOnlyList<RevisionItem> Revisions)
{
    public static IncidentDocument From(IncidentDetail d) => new(
        IncidentItem.From(d.Summary),
        d.Figures.Select(FigureItem.From).ToList(),
        d.Reports.Select(ReportItem.From).ToList(),
        d.Revisions.Select(r => new RevisionItem(r.Field, r.OldValue, r.NewValue, r.ArticleId, r.At)).ToList());
}

public sealed record FigureItem(string Figure, int? Value, int? Min, int? Max, string? Claimant, int Reports, bool Disputed)
{
    public static FigureItem From(FigureConsensus f) => new(f.Figure.ToWire(), f.Value, f.Min, f.Max, f.Claimant, f.Reports, f.Disputed);
}

public sealed record RevisionItem(string Field, int? From, int? To, string Article, DateTimeOffset At);
