using Dapper;
using Raidlog.Incidents;
using Raidlog.Storage.Queries;

namespace Raidlog.Storage.Sql;

/// <summary>Turns an <see cref="IncidentQuery"/> into a parameterised WHERE clause over incidents aliased "i".</summary>
static class IncidentFilter
{
    /// <param name="indexed">False keeps the bbox and text filters off their indexes (see SqlStore.QueryIncidents).</param>
    public static (string Where, DynamicParameters Args) Build(IncidentQuery q, SqlDialect dialect, bool indexed = true)
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
            // A unary plus makes the column an expression, which no index serves (both providers).
            clauses.Add($"{(indexed ? "" : "+")}i.lat BETWEEN @south AND @north AND i.lon BETWEEN @west AND @east");
            args.Add("south", b.South); args.Add("north", b.North); args.Add("west", b.West); args.Add("east", b.East);
        }
        if (q.Text is { Length: > 0 } text) clauses.Add(dialect.TextFilter(text, args, indexed));
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), args);
    }

    /// <summary>
    /// The meaning of the text filter, as a scan: the place, the region or an evidence sentence of one of the
    /// incident's reports contains the text, case-insensitively. The pattern is a parameter and its wildcards
    /// are escaped: article text never becomes SQL. Dialects answer the same from an index where they can.
    /// </summary>
    public static string ScanText(string text, DynamicParameters args, string like)
    {
        args.Add("text", LikePattern(text));
        return $"(i.place {like} @text ESCAPE '\\' OR i.admin1 {like} @text ESCAPE '\\' OR EXISTS (SELECT 1 FROM reports r " +
               $"JOIN evidence e ON e.report_id = r.id WHERE r.incident_id = i.id AND e.text {like} @text ESCAPE '\\'))";
    }

    /// <summary>"contains the text": its own % and _ escaped with a backslash, so they match only themselves.</summary>
    public static string LikePattern(string text) =>
        "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

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
