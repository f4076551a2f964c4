using System.Text.Json.Nodes;

namespace Raidlog.Evaluation;

/// <summary>score.py's compatibility, pair weight and maximum-weight one-to-one matching (Hungarian), step for step.</summary>
public static class Matching
{
    public static readonly string[] Numeric = ["launched", "intercepted", "suppressed", "killed", "injured"];

    public static string? Str(JsonObject o, string field) =>
        o[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A numeric field as a list of acceptable values (gold may hold a list), or null.</summary>
    public static List<double>? AsList(JsonObject o, string field) => o[field] switch
    {
        null => null,
        JsonArray a => a.Select(x => x is JsonValue v && v.TryGetValue<double>(out var d) ? d : double.NaN).ToList(),
        JsonValue v when v.TryGetValue<double>(out var d) => [d],
        _ => null,
    };

    public static double? Num(JsonObject o, string field) => o[field] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    public static DateOnly? ParseDate(string? s) =>
        s is { Length: >= 10 } && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;

    static bool PlaceMatch(JsonObject g, JsonObject p)
    {
        var (gp, ga, pp, pa) = (PlaceNames.Norm(Str(g, "place")), PlaceNames.Norm(Str(g, "admin1")), PlaceNames.Norm(Str(p, "place")), PlaceNames.Norm(Str(p, "admin1")));
        if (gp != null && (gp == pp || gp == pa)) return true;
        return pp != null && pp == ga;
    }

    static bool ModeMatch(string? gm, string? pm)
    {
        gm = string.IsNullOrEmpty(gm) ? "unknown" : gm;
        pm = string.IsNullOrEmpty(pm) ? "unknown" : pm;
        if (gm == "unknown" || pm == "unknown" || gm == pm) return true;
        string[] mdm = ["mixed", "drone", "missile"];
        return (gm == "mixed" || pm == "mixed") && mdm.Contains(gm) && mdm.Contains(pm);
    }

    public static bool Compatible(JsonObject g, JsonObject p)
    {
        var (gc, pc) = (Str(g, "country"), Str(p, "country"));
        if (!string.IsNullOrEmpty(gc) && !string.IsNullOrEmpty(pc) && gc.ToUpperInvariant() != pc.ToUpperInvariant()) return false;
        if (!PlaceMatch(g, p)) return false;
        var (gd, pd) = (ParseDate(Str(g, "date")), ParseDate(Str(p, "date")));
        if (gd is { } a && pd is { } b && Math.Abs(a.DayNumber - b.DayNumber) > 1) return false;
        return ModeMatch(Str(g, "mode"), Str(p, "mode"));
    }

    static int Weight(JsonObject g, JsonObject p)
    {
        int w = 1000;
        if (!string.IsNullOrEmpty(Str(g, "date")) && Str(g, "date") == Str(p, "date")) w += 30;
        if (PlaceNames.Norm(Str(g, "place")) == PlaceNames.Norm(Str(p, "place"))) w += 30;
        if (OrUnknown(Str(g, "mode")) == OrUnknown(Str(p, "mode"))) w += 10;
        foreach (var f in Numeric)
            if (AsList(g, f) is { } gv && Num(p, f) is { } pv && gv.Contains(pv)) w += 5;
        return w;
    }

    static string OrUnknown(string? m) => string.IsNullOrEmpty(m) ? "unknown" : m;

    public static List<(int Gold, int Pred)> Best(IReadOnlyList<JsonObject> gold, IReadOnlyList<JsonObject> pred)
    {
        int n = Math.Max(gold.Count, pred.Count);
        if (n == 0) return [];
        var cost = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i < gold.Count && j < pred.Count && Compatible(gold[i], pred[j])) cost[i, j] = -Weight(gold[i], pred[j]);
        var match = Hungarian(cost, n);
        var pairs = new List<(int, int)>();
        for (int j = 1; j <= n; j++)
        {
            int i = match[j] - 1;
            if (i < gold.Count && j - 1 < pred.Count && cost[i, j - 1] < 0) pairs.Add((i, j - 1));
        }
        return pairs;
    }

    // Kuhn-Munkres with 1-based potentials, as in score.py, so ties break the same way.
    static int[] Hungarian(double[,] cost, int n)
    {
        var u = new double[n + 1];
        var v = new double[n + 1];
        var way = new int[n + 1];
        var match = new int[n + 1];
        for (int i = 1; i <= n; i++)
        {
            match[0] = i;
            int j0 = 0;
            var minv = Enumerable.Repeat(double.PositiveInfinity, n + 1).ToArray();
            var used = new bool[n + 1];
            while (true)
            {
                used[j0] = true;
                int i0 = match[j0], j1 = 0;
                double delta = double.PositiveInfinity;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    double cur = cost[i0 - 1, j - 1] - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (int j = 0; j <= n; j++)
                {
                    if (used[j]) { u[match[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
                if (match[j0] == 0) break;
            }
            while (true)
            {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
                if (j0 == 0) break;
            }
        }
        return match;
    }
}
