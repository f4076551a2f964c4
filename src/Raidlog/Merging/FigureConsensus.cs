using Raidlog.Incidents;

namespace Raidlog.Merging;

/// <summary>
/// The agreed value of one figure across an incident's reports, the range the sources span,
/// who said the agreed value, and whether the sources disagree.
/// </summary>
public sealed record FigureConsensus(Figure Figure, int? Value, int? Min, int? Max, string? Claimant, int Reports, bool Disputed);
