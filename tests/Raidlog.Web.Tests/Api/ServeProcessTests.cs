using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Raidlog.Storage;
using Raidlog.Web.Tests.Fixtures;

namespace Raidlog.Web.Tests.Api;

/// <summary>The real `raidlog serve` process, as a user starts it, over a store filled beforehand.</summary>
public sealed partial class ServeProcessTests : IDisposable
{
    static readonly string CliDll = typeof(ServeProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CliDll").Value!;
    readonly string folder = Directory.CreateTempSubdirectory("raidlog-serve-").FullName;

    [GeneratedRegex(@"serving .* on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Serving();

    static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment.Remove("RAIDLOG_API_KEY");
        return Process.Start(info)!;
    }

    [Fact]
    public async Task Serve_answers_the_api_and_the_dashboard_on_loopback()
    {
        var db = Path.Combine(folder, "served.db");
        using (var store = RaidlogStore.Open(db))
            foreach (var extraction in SampleReports.All()) store.Ingest(extraction);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        using var serve = Start("serve", "--db", db, "--port", "0");
        try
        {
            var url = await ListeningUrl(serve);
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var page = await client.GetFromJsonAsync<JsonElement>("/api/incidents");
            page.GetProperty("total").GetInt64().ShouldBe(5);
            (await client.GetStringAsync("/")).ShouldContain("<title>Raidlog</title>");
            (await client.GetAsync("/vendor/leaflet.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.GetAsync("/basemap/admin1/UA.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
            // No RAIDLOG_API_KEY in its environment: writes are refused.
            (await client.PostAsJsonAsync("/api/articles", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_corrupt_database_is_a_one_line_error_naming_it()
    {
        var db = Path.Combine(folder, "corrupt.db");
        await File.WriteAllTextAsync(db, "this is not a database, just text that is long enough to look like a header........");
        using var serve = Start("serve", "--db", db, "--port", "0");
        var exited = serve.WaitForExit(60_000);
        exited.ShouldBeTrue();
        serve.ExitCode.ShouldBe(1);
        var error = (await serve.StandardError.ReadToEndAsync()).Trim();
        error.ShouldContain(db);
        error.Split('\n').Length.ShouldBe(1);
    }

    static async Task<string> ListeningUrl(Process serve)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            if (Serving().Match(line) is { Success: true } m) return m.Groups[1].Value;
        throw new InvalidOperationException($"serve exited without listening: {await serve.StandardError.ReadToEndAsync()}");
    }

    public void Dispose()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
