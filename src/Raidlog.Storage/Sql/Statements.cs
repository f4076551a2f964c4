using System.Data.Common;
using Dapper;

namespace Raidlog.Storage.Sql;

/// <summary>
/// Commands kept for the length of one transaction and run again with new values. Ingest runs the same few
/// statements thousands of times per batch; a fresh command compiles its SQL every time (SQLite) or, on
/// PostgreSQL, cannot use a prepared statement, and that cost more than running it.
/// The SQL names its parameters @p0, @p1, ... in the order of the values.
/// </summary>
sealed class Statements(DbConnection connection, DbTransaction tx) : IDisposable
{
    public DbConnection Connection => connection;
    public DbTransaction Transaction => tx;

    readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public int Execute(string sql, params object?[] values) => Bind(sql, values).ExecuteNonQuery();

    public List<T> Query<T>(string sql, params object?[] values)
    {
        using var reader = Bind(sql, values).ExecuteReader();
        return reader.Parse<T>().ToList();
    }

    DbCommand Bind(string sql, object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            _commands[sql] = cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "@p" + i;
                cmd.Parameters.Add(p);
            }
        }
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return cmd;
    }

    public void Dispose()
    {
        foreach (var cmd in _commands.Values) cmd.Dispose();
    }
}
