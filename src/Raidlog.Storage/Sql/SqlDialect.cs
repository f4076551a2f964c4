using System.Data.Common;
using Dapper;

namespace Raidlog.Storage.Sql;

/// <summary>What differs between the SQL databases the store runs on; everything else is shared SQL.</summary>
abstract class SqlDialect
{
    /// <summary>Folder of this provider's migrations under Migrations/.</summary>
    public abstract string Name { get; }

    /// <summary>The store as a user would name it in an error: a file path, or host/database (never a password).</summary>
    public abstract string Describe { get; }

    /// <summary>Case-insensitive LIKE.</summary>
    public abstract string ILike { get; }

    /// <summary>"column is one of the list parameter": Dapper expands IN lists for SQLite, Npgsql takes an array.</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>Parameters per multi-row statement: what the provider binds quickly.</summary>
    public abstract int MaxParameters { get; }

    /// <summary>
    /// Whether the planner knows how values spread (histograms), so it can tell a narrow range from a wide one.
    /// SQLite does not (without STAT4, which the bundled build lacks).
    /// </summary>
    public abstract bool KnowsValueRanges { get; }

    /// <summary>The text filter as a WHERE clause over incidents "i"; by default a scan (IncidentFilter.ScanText).</summary>
    /// <param name="indexed">False: find the same without driving the query from the text index.</param>
    public virtual string TextFilter(string text, DynamicParameters args, bool indexed) => IncidentFilter.ScanText(text, args, ILike);

    public abstract DbConnection Open();

    /// <summary>A transaction that holds the write lock from the start, so concurrent ingests merge one at a time.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>After rows were inserted with ids the store chose itself: keep the provider's own id generator ahead of them.</summary>
    public virtual void IdsAssigned(DbConnection connection, DbTransaction tx, string table, string column) { }

    /// <summary>After a batch's reports (ids from <paramref name="firstId"/> up) and their evidence are in: update what the provider does not index by itself.</summary>
    public virtual void ReportsAdded(DbConnection connection, DbTransaction tx, long firstId) { }

    /// <summary>A one-line store error for a provider exception, or null when it is not about the store itself.</summary>
    public abstract StoreException? Explain(Exception e);
}
