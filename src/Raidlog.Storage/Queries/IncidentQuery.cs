using Raidlog.Incidents;

namespace Raidlog.Storage.Queries;

/// <summary>
/// Filters, sort and paging for incident lists. Null means "any". From/To are inclusive dates.
/// Text matches place, admin1 or any report's evidence or claimant, case-insensitively.
/// </summary>
public sealed record IncidentQuery
{
    public const int MaxLimit = 1000;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public AttackMode? Mode { get; init; }
    public string? Attacker { get; init; }
    public BoundingBox? Bbox { get; init; }
    public bool? Disputed { get; init; }
    public string? Text { get; init; }
    public IncidentSort Sort { get; init; } = IncidentSort.Date;
    public bool Descending { get; init; } = true;
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;

    public static readonly IncidentQuery All = new();
}

/// <summary>West, south, east, north in degrees (the order of a GeoJSON bbox).</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    /// <summary>Parses "west,south,east,north"; null when malformed.</summary>
    public static BoundingBox? TryParse(string? text)
    {
        var parts = text?.Split(',');
        if (parts is not { Length: 4 }) return null;
        var v = new double[4];
        for (var i = 0; i < 4; i++)
            if (!double.TryParse(parts[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out v[i])) return null;
        return v[0] <= v[2] && v[1] <= v[3] ? new BoundingBox(v[0], v[1], v[2], v[3]) : null;
    }
}

/// <summary>Sort keys; ties are broken by incident id so paging is stable.</summary>
public enum IncidentSort { Date, Launched, Intercepted, Suppressed, Killed, Injured, Sources, Country }
