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

    [SeedFact]
    public void The_2024_08_21_wave_is_one_incident_per_region_and_one_for_Moscow()
    {
        using var t = TestStore.Sqlite();
        var extractor = Extractors.Default();
        t.Store.Ingest(extractor.Extract(ArticleReader.ReadText(Path.Combine(Dev, "seed-003.txt")).Article!));

        var wave = t.Store.Export(new()).Where(m => m.Summary.Consensus.Date == new DateOnly(2024, 8, 21) && m.Summary.Consensus.Place.Country == "RU").ToList();
        // "the largest ever drone strike against Moscow since …" tells of another time: it is not dated by publication
        wave.Count(m => m.Summary.Consensus.Place.Name == "Moscow").ShouldBe(1);
        wave.Single(m => m.Summary.Consensus.Place.Name == "Moscow").Summary.Consensus.Intercepted.ShouldBe(11);
        wave.Where(m => m.Summary.Consensus.Place.Precision == Geography.PlacePrecision.Region).Select(m => (m.Summary.Consensus.Place.Name, m.Summary.Consensus.Intercepted))
            .OrderBy(r => r.Name).ShouldBe([("Belgorod Oblast", 6), ("Bryansk Oblast", 23), ("Kaluga Oblast", 3), ("Kursk Oblast", 2)]);
    }
}
