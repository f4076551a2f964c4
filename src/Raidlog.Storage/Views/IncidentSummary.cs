using Raidlog.Incidents;

namespace Raidlog.Storage.Views;

/// <summary>
/// A merged incident as listed: its consensus fields (date, place, mode, attacker, figures) as an engine
/// <see cref="Incident"/> without evidence, how many distinct articles report it, and whether sources disagree.
/// </summary>
public sealed record IncidentSummary(string Id, Incident Consensus, int Sources, bool Disputed, DateTimeOffset Updated);
