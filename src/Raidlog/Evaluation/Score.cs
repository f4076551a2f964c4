using System.Globalization;

namespace Raidlog.Evaluation;

/// <summary>Counts from one scoring run, and the figures score.py prints from them.</summary>
public sealed class Score
{
    public int Articles, IncTp, IncFp, IncFn, NumTp, NumFp, NumFn, DateOk, DateN, AttOk, AttN, ModeOk, ModeN;
    public Dictionary<string, int[]> PerField { get; } = Matching.Numeric.ToDictionary(f => f, _ => new int[3]);
    public List<string> Lines { get; } = [];

    public static (double P, double R, double F) Prf(int tp, int fp, int fn)
    {
        double p = tp + fp > 0 ? (double)tp / (tp + fp) : 0, r = tp + fn > 0 ? (double)tp / (tp + fn) : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }

    public (double P, double R, double F) Incidents => Prf(IncTp, IncFp, IncFn);
    public (double P, double R, double F) Numbers => Prf(NumTp, NumFp, NumFn);
    public double? DateAccuracy => DateN > 0 ? Math.Round((double)DateOk / DateN, 3) : null;
    public double? AttackerAccuracy => AttN > 0 ? Math.Round((double)AttOk / AttN, 3) : null;
    public double? ModeAccuracy => ModeN > 0 ? Math.Round((double)ModeOk / ModeN, 3) : null;

    /// <summary>The four summary lines, character for character as score.py prints them.</summary>
    public IEnumerable<string> Summary()
    {
        var (ip, ir, iF) = Incidents;
        var (np, nr, nF) = Numbers;
        yield return $"articles {Articles}";
        yield return $"incidents  P {F3(ip)}  R {F3(ir)}  F1 {F3(iF)}";
        yield return $"numbers    P {F3(np)}  R {F3(nr)}  F1 {F3(nF)}";
        yield return $"date {Py(DateAccuracy)}  attacker {Py(AttackerAccuracy)}  mode {Py(ModeAccuracy)}";
    }

    static string F3(double v) => Math.Round(v, 3).ToString("0.000", CultureInfo.InvariantCulture);

    // Python's repr of a float rounded to 3 places: "0.9", "1.0", "None"
    static string Py(double? v) => v is not { } d ? "None"
        : d.ToString("R", CultureInfo.InvariantCulture) is var s && !s.Contains('.') && !s.Contains('E') ? s + ".0" : d.ToString("R", CultureInfo.InvariantCulture);
}
