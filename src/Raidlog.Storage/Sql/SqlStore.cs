using System.Data.Common;
using Dapper;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Sql;

/// <summary>
/// The store on any SQL database the dialect describes. The SQL is shared; the schema differs per provider only
/// in types (see Migrations/). Each call opens its own pooled connection, so one instance serves many threads.
/// </summary>
sealed partial class SqlStore : IRaidlogStore
{
    readonly SqlDialect _dialect;

    static SqlStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public SqlStore(SqlDialect dialect)
    {
        _dialect = dialect;
        Run(c => { Migrator.Apply(c, dialect); return 0; });
    }

    public StoreCounts Counts() => Run(c => new StoreCounts(
        c.ExecuteScalar<long>("SELECT count(*) FROM articles"),
        c.ExecuteScalar<long>("SELECT count(*) FROM reports"),
        c.ExecuteScalar<long>("SELECT count(*) FROM incidents"),
        c.ExecuteScalar<long>("SELECT count(*) FROM revisions")));

    /// <summary>Runs one unit of work on a fresh connection, turning provider failures into one-line store errors.</summary>
    T Run<T>(Func<DbConnection, T> work)
    {
        try
        {
            using var c = _dialect.Open();
            return work(c);
        }
        catch (StoreException) { throw; }
        catch (Exception e) when (_dialect.Explain(e) is { } explained) { throw explained; }
    }

    public void Dispose() { }
}
