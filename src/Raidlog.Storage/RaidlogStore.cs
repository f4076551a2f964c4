using Raidlog.Storage.Sql;

namespace Raidlog.Storage;

/// <summary>Opens the store a `--db` value names: a PostgreSQL connection string ("Host=...") or a SQLite file path.</summary>
public static class RaidlogStore
{
    public const string DefaultPath = "raidlog.db";

    public static bool IsPostgres(string db) => db.TrimStart().StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating and migrating if needed) the store; a <see cref="StoreException"/> says why it cannot.</summary>
    public static IRaidlogStore Open(string db) =>
        new SqlStore(IsPostgres(db) ? new PostgresDialect(db) : new SqliteDialect(db));
}
