using System.Diagnostics;
using Raidlog.Evaluation;
using Raidlog.Tests.Corpus;
using Raidlog.Tests.Languages;

namespace Raidlog.Tests.Evaluation;

/// <summary>`raidlog eval` must print what ../shared/eval/score.py prints for the same predictions.</summary>
public class ScorerAgreementTests
{
    [Fact]
    public void Csharp_scorer_prints_the_same_figures_and_misses_as_score_py_on_the_dev_corpus()
    {
        var scorer = Path.Combine(LanguageExample.RepositoryRoot(), "..", "shared", "eval", "score.py");
        if (DevCorpus.Folder is not { } gold || !File.Exists(scorer) || !HasPython()) return; // no shared corpus on this machine

        var predictions = Path.GetTempFileName();
        File.WriteAllLines(predictions, DevCorpus.ExtractJsonLines(gold));
        var expected = Run("python3", $"\"{scorer}\" \"{gold}\" \"{predictions}\" --verbose");

        var score = Scorer.Score(gold, Scorer.ReadPredictions(File.ReadLines(predictions)), verbose: true);
        var actual = string.Join("\n", score.Lines.Concat(score.Summary()));

        actual.ShouldBe(expected.TrimEnd('\n'));
        File.Delete(predictions);
    }

    [Fact]
    public void Gold_list_values_zero_rules_and_unmatched_figures_are_counted_as_score_py_does()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "a.json"), """
            {"id": "a", "incidents": [
              {"date": "2024-08-06", "place": "Kursk Oblast", "admin1": "Kursk Oblast", "country": "RU", "mode": "drone", "attacker": "UA", "intercepted": [11, 26], "killed": 0},
              {"date": "2024-08-06", "place": "Belgorod Oblast", "admin1": "Belgorod Oblast", "country": "RU", "mode": "drone", "attacker": "UA", "intercepted": 1}
            ]}
            """);
        var preds = Scorer.ReadPredictions([
            """{"id": "a", "incidents": [{"date": "2024-08-07", "place": "Kursk region", "admin1": null, "country": "RU", "mode": "mixed", "attacker": "UA", "intercepted": 26, "killed": null, "injured": 3}]}""",
        ]);

        var score = Scorer.Score(dir, preds);

        (score.IncTp, score.IncFp, score.IncFn).ShouldBe((1, 0, 1));
        (score.NumTp, score.NumFp, score.NumFn).ShouldBe((1, 1, 1)); // 26 in [11, 26]; injured 3 unasked; Belgorod's 1 missed
        (score.DateOk, score.DateN, score.AttOk, score.ModeOk, score.ModeN).ShouldBe((0, 1, 1, 0, 1));
    }

    static bool HasPython()
    {
        try { Run("python3", "--version"); return true; }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    static string Run(string file, string args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }
}
