using System.Data.Common;
using System.Text;

namespace Raidlog.Storage.Sql;

/// <summary>
/// INSERT ... VALUES (...), (...), ... with several rows per statement, the statement prepared once and rebound
/// for each chunk: one statement execution (and, on PostgreSQL, one round trip) per chunk instead of per row.
/// Values are parameters, never SQL text.
/// </summary>
static class MultiRowInsert
{
    public static void Run(DbConnection c, DbTransaction tx, SqlDialect dialect, string table, string columns, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0) return;
        var width = rows[0].Length;
        var perStatement = Math.Max(1, dialect.MaxParameters / width);
        DbCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - start);
                var cmd = count == perStatement ? full ??= Create(c, tx, table, columns, width, count) : Create(c, tx, table, columns, width, count);
                for (var r = 0; r < count; r++)
                    for (var v = 0; v < width; v++)
                        cmd.Parameters[r * width + v].Value = rows[start + r][v] ?? DBNull.Value;
                cmd.ExecuteNonQuery();
                if (cmd != full) cmd.Dispose();
            }
        }
        finally { full?.Dispose(); }
    }

    static DbCommand Create(DbConnection c, DbTransaction tx, string table, string columns, int width, int count)
    {
        var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        var sql = new StringBuilder($"INSERT INTO {table} ({columns}) VALUES ");
        for (var r = 0; r < count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var v = 0; v < width; v++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = $"@p{r * width + v}";
                sql.Append(v == 0 ? p.ParameterName : ", " + p.ParameterName);
                cmd.Parameters.Add(p);
            }
            sql.Append(')');
        }
        cmd.CommandText = sql.ToString();
        return cmd;
    }
}
