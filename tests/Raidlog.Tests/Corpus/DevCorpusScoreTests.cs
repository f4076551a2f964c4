using Raidlog.Evaluation;

namespace Raidlog.Tests.Corpus;

/// <summary>
/// Regression floor on ../shared/dev/en: set a little under what the extractor reached when this was written
/// (incidents F1 0.666, numbers F1 0.468, date 0.951, attacker 0.944), so a change that loses ground fails.
/// </summary>
public class DevCorpusScoreTests
{
    [Fact]
    public void Dev_corpus_scores_stay_above_the_floor()
    {
        if (DevCorpus.Folder is not { } gold) return; // the shared corpus is not on this machine

        var score = Scorer.Score(gold, Scorer.ReadPredictions(DevCorpus.ExtractJsonLines(gold)));

        score.Incidents.F.ShouldBeGreaterThanOrEqualTo(0.64, string.Join("\n", score.Summary()));
        score.Numbers.F.ShouldBeGreaterThanOrEqualTo(0.44, string.Join("\n", score.Summary()));
        (score.DateAccuracy ?? 0).ShouldBeGreaterThanOrEqualTo(0.92);
        (score.AttackerAccuracy ?? 0).ShouldBeGreaterThanOrEqualTo(0.90);
    }
}
