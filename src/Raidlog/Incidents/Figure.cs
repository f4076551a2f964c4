namespace Raidlog.Incidents;

/// <summary>The five counted figures of an incident (FORMAT.md's numeric fields).</summary>
public enum Figure { Launched, Intercepted, Suppressed, Killed, Injured }

public static class FigureNames
{
    public static string ToWire(this Figure figure) => figure.ToString().ToLowerInvariant();
}
