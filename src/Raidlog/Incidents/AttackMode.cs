namespace Raidlog.Incidents;

/// <summary>How the attack was delivered, in FORMAT.md's vocabulary.</summary>
public enum AttackMode { Unknown, Drone, Missile, Air, Artillery, Mixed }

public static class AttackModeNames
{
    static readonly string[] Wire = Enum.GetValues<AttackMode>().Select(m => m.ToString().ToLowerInvariant()).ToArray();

    public static string ToWire(this AttackMode mode) => (uint)mode < (uint)Wire.Length ? Wire[(int)mode] : mode.ToString().ToLowerInvariant();

    public static AttackMode Parse(string? wire) =>
        Enum.TryParse<AttackMode>(wire, ignoreCase: true, out var mode) ? mode : AttackMode.Unknown;
}
