using Raidlog.Incidents;

namespace Raidlog.Storage.Views;

/// <summary>Sums of consensus figures over a set of incidents (nulls count as nothing).</summary>
public sealed record FigureTotals(long Incidents, long Launched, long Intercepted, long Suppressed, long Killed, long Injured);

/// <summary>One day's totals for one attack mode.</summary>
public sealed record DailyTotals(DateOnly Date, AttackMode Mode, FigureTotals Totals);

/// <summary>Totals for one country, or one first-level region of it (Admin1 null = no region known).</summary>
public sealed record RegionTotals(string Country, string? Admin1, FigureTotals Totals);

/// <summary>The timeline (daily per mode, ascending) and the geography (per country and per admin1, largest first).</summary>
public sealed record Stats(
    FigureTotals Overall,
    IReadOnlyList<DailyTotals> Daily,
    IReadOnlyList<RegionTotals> ByCountry,
    IReadOnlyList<RegionTotals> ByAdmin1);
