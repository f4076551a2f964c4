namespace Raidlog.Incidents;

/// <summary>How the attack was delivered, in FORMAT.md's vocabulary.</summary>
public enum AttackMode { Unknown, Drone, Missile, Air, Artillery, Mixed }

public static class AttackModeNames
{
    public static string ToWire(this AttackMode mode) => mode.ToString().ToLowerInvariant();

    public static AttackMode Parse(string? wire) =>
        Enum.TryParse<AttackMode>(wire, ignoreCase: true, out var mode) ? mode : AttackMode.Unknown;
}
