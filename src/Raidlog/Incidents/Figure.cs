namespace Raidlog.Incidents;

/// <summary>The five counted figures of an incident (FORMAT.md's numeric fields).</summary>
public enum Figure { Launched, Intercepted, Suppressed, Killed, Injured }

public static class FigureNames
{
    // Made once: the writers ask for every figure's name of every incident.
    static readonly string[] Wire = Enum.GetValues<Figure>().Select(f => f.ToString().ToLowerInvariant()).ToArray();

    /// <summary>Killed and injured count people; the other figures count weapons.</summary>
    public static bool CountsPeople(this Figure figure) => figure is Figure.Killed or Figure.Injured;

    public static string ToWire(this Figure figure) => (uint)figure < (uint)Wire.Length ? Wire[(int)figure] : figure.ToString().ToLowerInvariant();
}
