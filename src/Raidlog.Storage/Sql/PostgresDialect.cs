using System.Data.Common;
using Dapper;
using System.Net.Sockets;
using Npgsql;

namespace Raidlog.Storage.Sql;

/// <summary>PostgreSQL through Npgsql; concurrent ingests serialise their merges on a transaction-scoped advisory lock.</summary>
sealed class PostgresDialect : SqlDialect
{
    /// <summary>Arbitrary key of the advisory lock that serialises merging ("RAIDLOG" in ASCII, roughly).</summary>
    const long MergeLock = 0x5241_4944_4c4f_47;

    readonly NpgsqlDataSource _source;

    public PostgresDialect(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        // Ingest runs a few statements thousands of times: let Npgsql prepare them server-side (unless the user chose).
        if (b.MaxAutoPrepare == 0) b.MaxAutoPrepare = 32;
        Describe = $"postgresql://{b.Host}:{b.Port}/{b.Database}";
        _source = NpgsqlDataSource.Create(b.ConnectionString);
    }

    public override string Name => "Postgres";
    public override string Describe { get; }
    public override string ILike => "ILIKE";

    public override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    // Each statement is a round trip; PostgreSQL takes up to 65535 parameters.
    public override int MaxParameters => 4000;

    public override bool KnowsValueRanges => true;

    /// <summary>
    /// The scan's ILIKE, split so that each part can use its pg_trgm index (migration 004): an OR across the
    /// incident and its evidence would make PostgreSQL scan every incident.
    /// </summary>
    public override string TextFilter(string text, DynamicParameters args, bool indexed)
    {
        args.Add("text", IncidentFilter.LikePattern(text));
        return "i.id IN (SELECT id FROM incidents WHERE place ILIKE @text ESCAPE '\\' " +
               "UNION SELECT id FROM incidents WHERE admin1 ILIKE @text ESCAPE '\\' " +
               "UNION SELECT r.incident_id FROM evidence e JOIN reports r ON r.id = e.report_id WHERE e.text ILIKE @text ESCAPE '\\')";
    }

    public override DbConnection Open()
    {
        try { return _source.OpenConnection(); }
        catch (Exception e) { throw Explain(e) ?? new StoreException($"{Describe}: cannot connect: {e.Message}", e); }
    }

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var tx = connection.BeginTransaction();
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT pg_advisory_xact_lock({MergeLock})";
        cmd.ExecuteNonQuery();
        return tx;
    }

    // Identity columns take explicit values without moving their sequence; move it, or a later default would collide.
    public override void IdsAssigned(DbConnection connection, DbTransaction tx, string table, string column)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), (SELECT max({column}) FROM {table}))";
        cmd.ExecuteNonQuery();
    }

    public override StoreException? Explain(Exception e) => e switch
    {
        NpgsqlException { InnerException: SocketException } => new StoreException($"{Describe}: PostgreSQL is not reachable", e),
        PostgresException p when p.SqlState.StartsWith("28") => new StoreException($"{Describe}: PostgreSQL refused the login ({p.MessageText})", e),
        PostgresException p when p.SqlState == "3D000" => new StoreException($"{Describe}: no such database ({p.MessageText})", e),
        _ => null,
    };
}
