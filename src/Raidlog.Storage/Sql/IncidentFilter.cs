using Dapper;
using Raidlog.Incidents;
using Raidlog.Storage.Queries;

namespace Raidlog.Storage.Sql;

/// <summary>Turns an <see cref="IncidentQuery"/> into a parameterised WHERE clause over incidents aliased "i".</summary>
static class IncidentFilter
{
    public static (string Where, DynamicParameters Args) Build(IncidentQuery q, SqlDialect dialect)
    {
        var clauses = new List<string>();
        var args = new DynamicParameters();
        void Add(string clause, string name, object? value) { clauses.Add(clause); args.Add(name, value); }

        if (q.From is { } from) Add("i.date >= @from", "from", Dates.Format(from));
        if (q.To is { } to) Add("i.date <= @to", "to", Dates.Format(to));
        if (q.Country is { Length: > 0 } country) Add("i.country = @country", "country", country.ToUpperInvariant());
        if (q.Admin1 is { Length: > 0 } admin1) Add("lower(i.admin1) = lower(@admin1)", "admin1", admin1);
        if (q.Mode is { } mode) Add("i.mode = @mode", "mode", mode.ToWire());
        if (q.Attacker is { Length: > 0 } attacker) Add("i.attacker = @attacker", "attacker", attacker.ToUpperInvariant());
        if (q.Disputed is { } disputed) Add("i.disputed = @disputed", "disputed", disputed ? 1 : 0);
        if (q.Bbox is { } b)
        {
            clauses.Add("i.lat BETWEEN @south AND @north AND i.lon BETWEEN @west AND @east");
            args.Add("south", b.South); args.Add("north", b.North); args.Add("west", b.West); args.Add("east", b.East);
        }
        if (q.Text is { Length: > 0 } text)
        {
            // The pattern is a parameter and its wildcards are escaped: article text never becomes SQL.
            var like = dialect.ILike;
            Add($"(i.place {like} @text ESCAPE '\\' OR i.admin1 {like} @text ESCAPE '\\' OR EXISTS (SELECT 1 FROM reports r " +
                $"JOIN evidence e ON e.report_id = r.id WHERE r.incident_id = i.id AND e.text {like} @text ESCAPE '\\'))",
                "text", "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        }
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), args);
    }

    public static string OrderBy(IncidentQuery q)
    {
        var column = q.Sort switch
        {
            IncidentSort.Launched => "i.launched",
            IncidentSort.Intercepted => "i.intercepted",
            IncidentSort.Suppressed => "i.suppressed",
            IncidentSort.Killed => "i.killed",
            IncidentSort.Injured => "i.injured",
            IncidentSort.Sources => "i.sources",
            IncidentSort.Country => "i.country",
            _ => "i.date",
        };
        var dir = q.Descending ? "DESC" : "ASC";
        return $"ORDER BY {column} {dir} NULLS LAST, i.id {dir}";
    }
}
