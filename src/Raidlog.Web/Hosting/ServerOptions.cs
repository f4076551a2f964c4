namespace Raidlog.Web.Hosting;

/// <summary>How `serve` runs: where it listens, the key for writes, and where the dashboard files are.</summary>
public sealed record ServerOptions
{
    /// <summary>Kestrel URLs; loopback only unless the operator says otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";
    public string? ApiKey { get; init; } = Environment.GetEnvironmentVariable("RAIDLOG_API_KEY");
    /// <summary>The built dashboard (dist/), copied next to the assembly by the build.</summary>
    public string DashboardPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "dashboard");
}
