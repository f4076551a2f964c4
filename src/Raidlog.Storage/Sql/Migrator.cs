using System.Data.Common;
using System.Reflection;
using Dapper;

namespace Raidlog.Storage.Sql;

/// <summary>
/// Applies the provider's embedded Migrations/{Provider}/NNN_name.sql files in order, each once, each in its own
/// transaction, recording them in schema_migrations. A store written by a newer Raidlog is refused.
/// </summary>
static class Migrator
{
    public static void Apply(DbConnection c, SqlDialect dialect)
    {
        var scripts = Scripts(dialect.Name);
        c.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var (version, name, sql) in scripts)
        {
            using var tx = dialect.BeginWrite(c);
            // Checked inside the write lock so two processes opening a new store do not both migrate it.
            if (c.ExecuteScalar<long>("SELECT count(*) FROM schema_migrations WHERE version = @version", new { version }, tx) > 0)
            {
                tx.Rollback();
                continue;
            }
            c.Execute(sql, transaction: tx);
            c.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                new { version, name, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
            tx.Commit();
        }
        var newest = c.ExecuteScalar<long?>("SELECT max(version) FROM schema_migrations") ?? 0;
        if (scripts.Count > 0 && newest > scripts[^1].Version)
            throw new StoreException($"{dialect.Describe}: written by a newer Raidlog (schema {newest}); upgrade Raidlog");
    }

    static List<(int Version, string Name, string Sql)> Scripts(string provider)
    {
        var asm = typeof(Migrator).Assembly;
        var prefix = $"{asm.GetName().Name}.Migrations.{provider}.";
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                using var reader = new StreamReader(asm.GetManifestResourceStream(n)!);
                return (int.Parse(file[..file.IndexOf('_')]), file, reader.ReadToEnd());
            })
            .OrderBy(s => s.Item1)
            .ToList();
    }
}
