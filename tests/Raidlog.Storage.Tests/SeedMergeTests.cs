using Raidlog.Articles;
using Raidlog.Pipeline;

namespace Raidlog.Storage.Tests;

/// <summary>
/// The seed reports (../shared/dev/en/seed-*, when present), extracted by the real pipeline and ingested in turn:
/// the 2023-05-30 drone attack on Moscow, told by three of them, is one incident with the Defence Ministry's figures.
/// </summary>
public class SeedMergeTests
{
    static readonly string Dev = Path.Combine(TestStores.RepoRoot, "..", "shared", "dev", "en");

    public sealed class SeedFactAttribute : FactAttribute
    {
        public SeedFactAttribute() { if (!File.Exists(Path.Combine(Dev, "seed-000.txt"))) Skip = $"no seed reports in {Dev}"; }
    }

    [SeedFact]
    public void The_three_seed_reports_of_the_Moscow_attack_are_one_incident_with_8_launched_5_downed_3_jammed()
    {
        using var t = TestStore.Sqlite();
        var extractor = Extractors.Default();
        foreach (var txt in Directory.EnumerateFiles(Dev, "seed-*.txt").Order(StringComparer.Ordinal))
            t.Store.Ingest(extractor.Extract(ArticleReader.ReadText(txt).Article!));

        var moscow = t.Store.Export(new()).Where(m => m.Summary.Consensus.Place.Name == "Moscow" && m.Summary.Consensus.Date == new DateOnly(2023, 5, 30)).ToList();
        var attack = moscow.Where(m => m.Summary.Consensus.Launched == 8).ShouldHaveSingleItem();
        (attack.Summary.Consensus.Launched, attack.Summary.Consensus.Intercepted, attack.Summary.Consensus.Suppressed).ShouldBe((8, 5, 3));
        attack.Reports.Select(r => r.ArticleId).Distinct().Order().ShouldBe(["seed-000", "seed-001", "seed-002"]);
    }
}
