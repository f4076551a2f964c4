using Raidlog.Incidents;

namespace Raidlog.Merging;

/// <summary>
/// One stored report with what the consensus rule needs to weigh it: which article and outlet it came from,
/// when that article was published, and the order in which it was ingested (later supersedes earlier).
/// </summary>
public sealed record SourcedReport(Incident Report, string ArticleId, string? Outlet, DateOnly? Published, long Order)
{
    /// <summary>Who stands behind this report's figure: the quoted claimant, else the outlet itself.</summary>
    public string ClaimantOf(Figure figure)
    {
        var wire = figure.ToWire();
        var value = Report.Get(figure);
        var claim = Report.Claims.FirstOrDefault(c => c.Field == wire && c.Value == value && !string.IsNullOrWhiteSpace(c.Claimant))
                    ?? Report.Claims.FirstOrDefault(c => c.Field == wire && !string.IsNullOrWhiteSpace(c.Claimant));
        return claim?.Claimant?.Trim() ?? "";
    }
}
