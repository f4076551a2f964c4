using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Raidlog.Storage.Sql;

/// <summary>One SQLite file in WAL mode: readers never block the writer; a busy writer is waited for (10 s by default).</summary>
sealed class SqliteDialect(string path, TimeSpan? busyTimeout = null) : SqlDialect
{
    bool _walSet;
    readonly int _busyMs = (int)(busyTimeout ?? TimeSpan.FromSeconds(10)).TotalMilliseconds;

    // Microsoft.Data.Sqlite itself retries a busy database until the command timeout, so both bound the wait.
    string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = Math.Max(1, _busyMs / 1000),
    }.ToString();

    public override string Name => "Sqlite";
    public override string Describe => path;
    public override string ILike => "LIKE";

    public override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    // Microsoft.Data.Sqlite binds each parameter by name, and SQLite finds a name by a linear search: keep it short.
    // With no round trips to save, a statement of a few rows already gets most of the gain.
    public override int MaxParameters => 120;

    public override bool KnowsValueRanges => false;

    /// <summary>
    /// From the trigram FTS5 tables of migration 004: a phrase of trigrams matches exactly where the text occurs.
    /// Trigrams need three characters, and the per-report index joins sentences with line breaks, so a shorter
    /// text, or one holding a control character, is scanned as before. The trigram index folds case beyond ASCII
    /// (as PostgreSQL's ILIKE does), where SQLite's LIKE folds only ASCII.
    /// </summary>
    public override string TextFilter(string text, DynamicParameters args, bool indexed)
    {
        if (text.EnumerateRunes().Count() < 3 || text.Any(char.IsControl)) return base.TextFilter(text, args, indexed);
        args.Add("phrase", "\"" + text.Replace("\"", "\"\"") + "\"");
        const string names = "SELECT name FROM search_names_fts WHERE search_names_fts MATCH @phrase";
        var plus = indexed ? "" : "+";  // an expression, not a column: the matches become a set to test rows against
        return $"({plus}i.place IN ({names}) OR {plus}i.admin1 IN ({names}) OR {plus}i.id IN " +
               "(SELECT incident_id FROM reports WHERE id IN (SELECT rowid FROM report_search WHERE report_search MATCH @phrase)))";
    }

    /// <summary>The batch's reports into the evidence search table (migration 005), one statement for the batch.</summary>
    public override void ReportsAdded(DbConnection connection, DbTransaction tx, long firstId) =>
        connection.Execute("INSERT INTO report_search (rowid, text) SELECT report_id, group_concat(text, char(10)) FROM evidence " +
                           "WHERE report_id >= @firstId GROUP BY report_id", new { firstId }, tx);

    public override DbConnection Open()
    {
        var c = new SqliteConnection(ConnectionString);
        try
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // WAL is a property of the file: set once. synchronous=NORMAL is per connection: in WAL mode a commit
            // then survives a killed process; only a power loss can drop the last commits. mmap_size (per connection):
            // reads use the OS page cache in place instead of copying pages into each connection's 2 MB cache;
            // over 100,000 incidents the API's country-sized bbox page went from p50 40 ms to 17 ms.
            cmd.CommandText = (_walSet ? "" : $"PRAGMA busy_timeout={_busyMs}; PRAGMA journal_mode=WAL; ") + "PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824";
            cmd.ExecuteNonQuery();
            _walSet = true;
            return c;
        }
        catch (Exception e)
        {
            c.Dispose();
            throw Explain(e) ?? new StoreException($"{path}: cannot open: {e.Message}", e);
        }
    }

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        // A writer gains nothing from the read mapping, and it would count the whole file into its memory.
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA mmap_size=0";
            cmd.ExecuteNonQuery();
        }
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    public override StoreException? Explain(Exception e) => e is SqliteException s ? s.SqliteErrorCode switch
    {
        26 or 11 => new StoreException($"{path}: not a Raidlog database, or the file is corrupt ({s.Message.TrimEnd('.')})", e),
        5 or 6 => new StoreException($"{path}: the database is locked by another process; try again when it is done", e),
        14 => new StoreException($"{path}: cannot open the database file (missing folder or no permission)", e),
        8 => new StoreException($"{path}: the database file is read-only", e),
        _ => null,
    } : null;
}
