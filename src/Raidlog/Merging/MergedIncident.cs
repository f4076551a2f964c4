using Raidlog.Incidents;

namespace Raidlog.Merging;

/// <summary>What the consensus rule makes of an incident's reports: the representative fields, one consensus per figure.</summary>
public sealed record MergedIncident(Incident Fields, IReadOnlyList<FigureConsensus> Figures, int Sources)
{
    public bool Disputed => Figures.Any(f => f.Disputed);
}
