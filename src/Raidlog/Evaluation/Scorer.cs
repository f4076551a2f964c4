using System.Text.Json;
using System.Text.Json.Nodes;
using static Raidlog.Evaluation.Matching;

namespace Raidlog.Evaluation;

/// <summary>
/// A port of ../shared/eval/score.py: matches each article's predicted incidents to its gold ones and
/// counts incident, numeric-slot, date, attacker and mode agreement. Figures must equal score.py's.
/// </summary>
public static class Scorer
{
    public static Score Score(string goldDir, IReadOnlyDictionary<string, List<JsonObject>> predictions, bool verbose = false)
    {
        var t = new Score();
        foreach (var name in Directory.EnumerateFiles(goldDir).Select(Path.GetFileName).OfType<string>()
                     .Where(n => n.EndsWith(".json") && !n.EndsWith(".meta.json")).Order(StringComparer.Ordinal))
        {
            var g = JsonNode.Parse(File.ReadAllText(Path.Combine(goldDir, name)))!.AsObject();
            var aid = Str(g, "id") is { Length: > 0 } id ? id : name[..^5];
            var gold = Objects(g["incidents"]);
            var pred = predictions.GetValueOrDefault(aid) ?? [];
            ScoreArticle(t, aid, gold, pred, verbose);
        }
        return t;
    }

    public static List<JsonObject> Objects(JsonNode? node) => node is JsonArray a ? a.OfType<JsonObject>().ToList() : [];

    /// <summary>Reads an extractor's JSONL output: {"id", "incidents"} per line.</summary>
    public static Dictionary<string, List<JsonObject>> ReadPredictions(IEnumerable<string> lines)
    {
        var preds = new Dictionary<string, List<JsonObject>>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var obj = JsonNode.Parse(line)!.AsObject();
            preds[Str(obj, "id") ?? ""] = Objects(obj["incidents"]);
        }
        return preds;
    }

    static void ScoreArticle(Score t, string aid, List<JsonObject> gold, List<JsonObject> pred, bool verbose)
    {
        t.Articles++;
        var pairs = Best(gold, pred);
        t.IncTp += pairs.Count;
        t.IncFp += pred.Count - pairs.Count;
        t.IncFn += gold.Count - pairs.Count;
        foreach (var (i, j) in pairs)
        {
            var (gi, pj) = (gold[i], pred[j]);
            foreach (var f in Numeric)
            {
                var (gv, pv) = (AsList(gi, f), Num(pj, f));
                if (gv is null && pv is null) continue;
                if ((gv is null && pv == 0) || (pv is null && IsZeroList(gv))) continue;
                if (gv != null && pv is { } p && gv.Contains(p)) { t.NumTp++; t.PerField[f][0]++; }
                else
                {
                    if (pv != null) { t.NumFp++; t.PerField[f][1]++; }
                    if (gv != null) { t.NumFn++; t.PerField[f][2]++; }
                }
            }
            if (!string.IsNullOrEmpty(Str(gi, "date"))) { t.DateN++; if (Str(gi, "date") == Str(pj, "date")) t.DateOk++; }
            if (Str(gi, "attacker") is { Length: > 0 } ga) { t.AttN++; if ((Str(pj, "attacker") ?? "").ToUpperInvariant() == ga.ToUpperInvariant()) t.AttOk++; }
            if (Str(gi, "mode") is { Length: > 0 } gm && gm != "unknown") { t.ModeN++; if (Str(pj, "mode") == gm) t.ModeOk++; }
        }
        var matchedG = pairs.Select(p => p.Gold).ToHashSet();
        var matchedP = pairs.Select(p => p.Pred).ToHashSet();
        for (int i = 0; i < gold.Count; i++)
            if (!matchedG.Contains(i))
                foreach (var f in Numeric)
                    if (AsList(gold[i], f) is { } gv && !IsZeroList(gv)) { t.NumFn++; t.PerField[f][2]++; }
        for (int j = 0; j < pred.Count; j++)
            if (!matchedP.Contains(j))
                foreach (var f in Numeric)
                    if (Num(pred[j], f) is { } pv && pv != 0) { t.NumFp++; t.PerField[f][1]++; }
        if (verbose) Explain(t, aid, gold, pred, pairs, matchedG, matchedP);
    }

    static bool IsZeroList(List<double>? v) => v is [0];

    static void Explain(Score t, string aid, List<JsonObject> gold, List<JsonObject> pred, List<(int Gold, int Pred)> pairs, HashSet<int> mg, HashSet<int> mp)
    {
        t.Lines.Add($"{aid}: gold {gold.Count} pred {pred.Count} matched {pairs.Count}");
        for (int i = 0; i < gold.Count; i++)
            if (!mg.Contains(i)) t.Lines.Add("  missed: " + Brief(gold[i]));
        for (int j = 0; j < pred.Count; j++)
            if (!mp.Contains(j)) t.Lines.Add("  extra:  " + Brief(pred[j]));
        foreach (var (i, j) in pairs)
        {
            var diffs = new List<string>();
            foreach (var f in Numeric.Concat(["date", "attacker", "mode"]))
            {
                var (g, p) = (Py(gold[i][f]), Py(pred[j][f]));
                bool numeric = Numeric.Contains(f);
                if (numeric && Num(pred[j], f) is { } pv && AsList(gold[i], f) is { } gl && gl.Contains(pv)) continue;
                if (Normal(gold[i][f]) != Normal(pred[j][f])) diffs.Add($"{f}: gold {g} pred {p}");
            }
            if (diffs.Count > 0) t.Lines.Add($"  {Py(gold[i]["place"])} {Py(gold[i]["date"])}: " + string.Join("; ", diffs));
        }
    }

    // Python's (as_list(v) or None): a scalar becomes [v], an empty list None
    static string? Normal(JsonNode? v) => v switch
    {
        null => null,
        JsonArray a => a.Count == 0 ? null : string.Join(",", a.Select(Py)),
        _ => Py(v),
    };

    /// <summary>How Python's f-string prints a JSON value: strings bare, lists as [a, b], null as None.</summary>
    static string Py(JsonNode? v) => v switch
    {
        null => "None",
        JsonArray a => "[" + string.Join(", ", a.Select(Py)) + "]",
        JsonValue s when s.TryGetValue<string>(out var str) => str,
        JsonValue b when b.TryGetValue<bool>(out var flag) => flag ? "True" : "False",
        _ => v.ToJsonString(),
    };

    static string Brief(JsonObject o) =>
        $"{Py(o["date"])} {Py(o["place"])} {Py(o["mode"])} "
        + string.Join(" ", Numeric.Where(f => o[f] != null).Select(f => $"{f}={Py(o[f])}"));
}
