using System.Diagnostics;
using System.Text.Json;
using Raidlog.Articles;
using Raidlog.Pipeline;
using Raidlog.Storage.Export;

namespace Raidlog.Storage.Tests;

/// <summary>
/// ../shared/dev/fusion (when present) as a user runs it: every article extracted by the real pipeline, ingested, the
/// merged incidents written as `incidents --format jsonl` writes them and scored by the reference score-merge.py.
/// </summary>
public class FusionMergeTests
{
    static readonly string Fusion = Path.Combine(TestStores.RepoRoot, "..", "shared", "dev", "fusion");

    [GoldMergeTests.FusionFact]
    public void Extracted_reports_merge_into_the_attacks_they_tell_of()
    {
        using var t = TestStore.Sqlite();
        var extractor = Extractors.Default();
        foreach (var txt in Directory.EnumerateFiles(Fusion, "*.txt").Order(StringComparer.Ordinal))
            t.Store.Ingest(extractor.Extract(ArticleReader.ReadText(txt).Article!));
        var merged = t.Store.Export(new()).ToList();

        // fu-004 prints no year and has no publication date: its "May 3" attack on the Kremlin is still not the May 30
        // one, and joins the other outlet's account of that night
        var kremlin = merged.Where(m => m.Reports.Any(r => r.ArticleId == "fu-006" && r.Report.Date is { Month: 5, Day: 2 or 3 })).ShouldHaveSingleItem();
        kremlin.Reports.Select(r => r.ArticleId).Order().ShouldBe(["fu-004", "fu-006"]);
        var may30 = merged.Where(m => m.Reports.Any(r => r.ArticleId == "fu-001")).ShouldHaveSingleItem();
        may30.Reports.Select(r => r.ArticleId).Distinct().Order().ShouldBe(["fu-001", "fu-002", "fu-003", "fu-004", "fu-005", "fu-006"]);

        var jsonl = Path.Combine(Path.GetDirectoryName(t.Db)!, "merged.jsonl");
        using (var output = File.Create(jsonl)) IncidentJsonl.Write(output, merged);
        var score = JsonDocument.Parse(ScoreMerge(jsonl).Trim().Split('\n')[^1]).RootElement;
        score.GetProperty("b3_f1").GetDouble().ShouldBeGreaterThanOrEqualTo(0.90);
        score.GetProperty("clusters_exact").GetInt32().ShouldBeGreaterThanOrEqualTo(4);
    }

    [GoldMergeTests.FusionFact]
    public void The_grouping_does_not_depend_on_the_order_the_articles_arrive_in()
    {
        var extractor = Extractors.Default();
        var extractions = Directory.EnumerateFiles(Fusion, "*.txt").Order(StringComparer.Ordinal)
            .Select(txt => extractor.Extract(ArticleReader.ReadText(txt).Article!)).ToList();
        Groups(extractions).ShouldBe(Groups(Enumerable.Reverse(extractions)));
    }

    /// <summary>Each merged incident as the sorted list of its reports (article and ordinal), the incidents sorted.</summary>
    static List<string> Groups(IEnumerable<Extraction> extractions)
    {
        using var t = TestStore.Sqlite();
        foreach (var e in extractions) t.Store.Ingest(e);
        return t.Store.Export(new()).Select(m => string.Join(" ", m.Reports.Select(r => $"{r.ArticleId}#{r.Ordinal}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    static string ScoreMerge(string jsonl)
    {
        var scorer = Path.Combine(Fusion, "..", "..", "eval", "score-merge.py");
        using var p = Process.Start(new ProcessStartInfo("python3", ["-u", scorer, Fusion, jsonl]) { RedirectStandardOutput = true })!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        p.ExitCode.ShouldBe(0);
        return output;
    }
}
