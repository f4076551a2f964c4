using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Raidlog.Storage.Export;

namespace Raidlog.Storage.Tests;

/// <summary>
/// kill -9 in the middle of a real `raidlog ingest`, then the same command again: the store must end exactly as
/// after one uninterrupted run — every article once, the same incidents with the same ids and the same reports.
/// </summary>
public class CrashRecoveryTests
{
    const int Articles = 400;

    [Fact]
    public void A_killed_ingest_rerun_ends_in_the_same_state_as_an_uninterrupted_one()
    {
        var work = Directory.CreateTempSubdirectory("raidlog-crash-").FullName;
        var corpus = Path.Combine(work, "reports");
        Generate(corpus);
        var clean = Path.Combine(work, "clean.db");
        var crashed = Path.Combine(work, "crashed.db");

        Ingest(corpus, clean).WaitForExit();

        var victim = Ingest(corpus, crashed);
        var stored = WaitForArticles(crashed, atLeast: 1, victim);
        victim.Kill(entireProcessTree: true);  // SIGKILL: no finally blocks, no rollback, no flush
        victim.WaitForExit();
        stored.ShouldBeLessThan(Articles, "the kill must land mid-run for this test to mean anything");

        var rerun = Ingest(corpus, crashed);
        rerun.WaitForExit();
        rerun.ExitCode.ShouldBe(0);

        Snapshot(crashed).ShouldBe(Snapshot(clean));
    }

    /// <summary>Short reports in our own words, a few per day and place so that many of them merge.</summary>
    static void Generate(string dir)
    {
        Directory.CreateDirectory(dir);
        string[] places = ["Kursk", "Belgorod", "Bryansk", "Kharkiv", "Odesa", "Moscow"];
        string[] outlets = ["Outlet A", "Outlet B", "Outlet C"];
        for (var i = 0; i < Articles; i++)
        {
            var day = new DateOnly(2024, 1, 1).AddDays(i / 9);
            var place = places[i % places.Length];
            var n = 3 + i % 7;
            File.WriteAllText(Path.Combine(dir, $"r{i:D5}.txt"),
                $"Air defence shot down {n} drones over {place} overnight, the regional governor said on {day:MMMM d}. Report {i}.");
            File.WriteAllText(Path.Combine(dir, $"r{i:D5}.meta.json"),
                $$"""{"published": "{{day:yyyy-MM-dd}}", "outlet": "{{outlets[i % 3]}}", "language": "en"}""");
        }
    }

    static Process Ingest(string corpus, string db)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Raidlog.Cli.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = TestStores.RepoRoot };
        foreach (var a in new[] { cli, "ingest", corpus, "--db", db, "--quiet" }) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return p;
    }

    static long WaitForArticles(string db, int atLeast, Process ingest)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !ingest.HasExited)
        {
            var n = CountArticles(db);
            if (n >= atLeast) return n;
            Thread.Sleep(20);
        }
        throw new TimeoutException($"ingest stored fewer than {atLeast} articles (exited: {ingest.HasExited})");
    }

    static long CountArticles(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM articles";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException) { return 0; }  // not migrated yet
    }

    static string Snapshot(string db)
    {
        using var store = RaidlogStore.Open(db);
        var buffer = new MemoryStream();
        IncidentJsonl.Write(buffer, store.Export(new()));
        return $"{store.Counts()}\n{Encoding.UTF8.GetString(buffer.ToArray())}";
    }
}
