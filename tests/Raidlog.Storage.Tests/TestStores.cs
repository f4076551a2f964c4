using Npgsql;
using Raidlog.Storage.Sql;

namespace Raidlog.Storage.Tests;

/// <summary>
/// Fresh, empty stores for the contract suite: a SQLite file in a temp folder, or a new database in the throwaway
/// PostgreSQL cluster that tools/setup/postgres.sh started (its connection string is in .build/pg.conn).
/// </summary>
public static class TestStores
{
    public static IEnumerable<object[]> Providers()
    {
        yield return ["sqlite"];
        if (PostgresAdmin is not null) yield return ["postgres"];
    }

    public static TestStore Create(string provider) => provider switch
    {
        "sqlite" => TestStore.Sqlite(),
        "postgres" => TestStore.Postgres(PostgresAdmin ?? throw new InvalidOperationException(PostgresMissing)),
        _ => throw new ArgumentException(provider),
    };

    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The admin connection string, or null when no cluster is reachable (the suite then says so loudly).</summary>
    public static string? PostgresAdmin { get; } = ProbePostgres();

    public static string PostgresMissing =>
        $"PostgreSQL NOT REACHABLE: the PostgreSQL half of the store suite did not run. Run tools/setup/postgres.sh (writes {Path.Combine(RepoRoot, ".build/pg.conn")}).";

    static string? ProbePostgres()
    {
        var file = Path.Combine(RepoRoot, ".build", "pg.conn");
        var conn = Environment.GetEnvironmentVariable("RAIDLOG_TEST_PG") ?? (File.Exists(file) ? File.ReadAllText(file).Trim() : null);
        if (string.IsNullOrEmpty(conn)) return null;
        try
        {
            using var c = new NpgsqlConnection(conn + ";Timeout=3");
            c.Open();
            return conn;
        }
        catch (Exception) { return null; }
    }

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Raidlog.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Raidlog.slnx)");
    }
}

/// <summary>An isolated store that deletes itself (file or database) when disposed.</summary>
public sealed class TestStore : IDisposable
{
    readonly Action _cleanup;

    TestStore(IRaidlogStore store, string db, Action cleanup) { Store = store; Db = db; _cleanup = cleanup; }

    public IRaidlogStore Store { get; }
    public string Db { get; }

    public static TestStore Sqlite(TimeSpan? busyTimeout = null)
    {
        var dir = Directory.CreateTempSubdirectory("raidlog-store-");
        var path = Path.Combine(dir.FullName, "test.db");
        return new TestStore(new SqlStore(new SqliteDialect(path, busyTimeout)), path, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        });
    }

    public static TestStore Postgres(string admin)
    {
        var name = "raidlog_test_" + Guid.NewGuid().ToString("N")[..12];
        Exec(admin, $"CREATE DATABASE {name}");
        var db = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestStore(RaidlogStore.Open(db), db, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Exec(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    static void Exec(string conn, string sql)
    {
        using var c = new NpgsqlConnection(conn);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Store.Dispose();
        _cleanup();
    }
}
