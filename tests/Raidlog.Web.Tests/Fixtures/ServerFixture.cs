using Microsoft.AspNetCore.Builder;
using Raidlog.Storage;
using Raidlog.Web.Hosting;

namespace Raidlog.Web.Tests.Fixtures;

/// <summary>
/// A real server on a free loopback port over a real SQLite file holding <see cref="SampleReports"/>.
/// One per test class; it serves the dashboard the build copied next to the test assembly.
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-5f1c";

    readonly string folder = Directory.CreateTempSubdirectory("raidlog-web-").FullName;
    IRaidlogStore? store;
    WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public IRaidlogStore Store => store!;
    public string DatabasePath => Path.Combine(folder, "raidlog.db");

    public async Task InitializeAsync()
    {
        store = RaidlogStore.Open(DatabasePath);
        Seed(store);
        app = RaidlogServer.Create(new ServerOptions { Urls = "http://127.0.0.1:0", ApiKey = ApiKey }, store);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First());
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    protected virtual void Seed(IRaidlogStore store)
    {
        foreach (var extraction in SampleReports.All())
            store.Ingest(extraction);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null) await app.DisposeAsync();
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
