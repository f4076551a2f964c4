using System.Reflection;
using Microsoft.Playwright;

namespace Raidlog.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright through ExecutablePath (no browser download), plus a place for
/// screenshots: artifacts/screenshots at the repository root.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    const string Executable = "/usr/bin/chromium";

    static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(
        typeof(Chromium).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
        "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: run tools/setup/chromium.sh (test.sh does)");
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Executable, Headless = true, Args = Flags });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
