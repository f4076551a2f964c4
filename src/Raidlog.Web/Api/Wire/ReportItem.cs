using Raidlog.Storage.Views;

namespace Raidlog.Web.Api.Wire;

/// <summary>One article's account of an incident: who published it, what it said, and the sentences it said it in.</summary>
public sealed record ReportItem(
    string Article, string? Outlet, string? Url, string? Published, IncidentItem Fields,
    IReadOnlyList<EvidenceItem> Evidence, IReadOnlyList<ClaimItem> Claims)
{
    public static ReportItem From(ReportView r) => new(
        r.ArticleId, r.Outlet, r.Url, r.Published?.ToString("yyyy-MM-dd"),
        IncidentItem.From(r.IncidentId, r.Report, 1, false),
        r.Evidence.Select(e => new EvidenceItem(e.Start, e.End, e.Text)).ToList(),
        r.Claims.Select(ClaimItem.From).ToList());
}

public sealed record EvidenceItem(int Start, int End, string Text);

/// <summary>A claim with its sentence and, inside it, the characters of the figure (for highlighting), when found.</summary>
public sealed record ClaimItem(string Field, int? Value, string? Claimant, int Start, int End, string Sentence, MarkItem? Mark)
{
    public static ClaimItem From(ClaimView c) => new(c.Field, c.Value, c.Claimant, c.Start, c.End, c.Text, FigureMarker.Find(c.Text, c.Value));
}

public sealed record MarkItem(int Start, int End);
