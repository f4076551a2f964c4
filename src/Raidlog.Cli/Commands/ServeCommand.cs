using System.CommandLine;
using Raidlog.Storage;
using Raidlog.Web.Hosting;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog serve [--db PATH] [--port 5080] [--urls URLS]`: the JSON API and the dashboard over one store.</summary>
static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "SQLite file or PostgreSQL connection string", DefaultValueFactory = _ => RaidlogStore.DefaultPath };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var urls = new Option<string?>("--urls") { Description = "Where to listen instead, e.g. http://0.0.0.0:8080 (overrides --port)" };
        port.Validators.Add(r => { if (r.GetValue(port) is < 0 or > 65535) r.AddError("--port must be 0-65535"); });
        var command = new Command("serve", "Serve the JSON API and the dashboard (POST needs RAIDLOG_API_KEY)") { db, port, urls };
        command.SetAction((result, cancel) => Run(result.GetValue(db)!, result.GetValue(urls) ?? $"http://127.0.0.1:{result.GetValue(port)}", cancel));
        return command;
    }

    static async Task<int> Run(string db, string urls, CancellationToken cancel)
    {
        IRaidlogStore store;
        try { store = RaidlogStore.Open(db); }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"raidlog: {e.Message}");
            return 1;
        }
        using (store)
        {
            var options = new ServerOptions { Urls = urls };
            await using var app = RaidlogServer.Create(options, store);
            try { await app.StartAsync(cancel); }
            catch (IOException e)
            {
                Console.Error.WriteLine($"raidlog: cannot listen on {urls}: {e.Message}");
                return 1;
            }
            // Printed once listening, with the real port (the port may be 0 = any free one); tests wait for it.
            foreach (var url in app.Urls) Console.WriteLine($"raidlog: serving {db} on {url}");
            if (string.IsNullOrEmpty(options.ApiKey)) Console.WriteLine("raidlog: RAIDLOG_API_KEY is not set; POST /api/articles is disabled");
            try { await Task.Delay(Timeout.Infinite, cancel); } catch (OperationCanceledException) { }
            await app.StopAsync(CancellationToken.None);
            return 0;
        }
    }
}
