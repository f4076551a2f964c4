using System.Text.Json;
using Raidlog.Articles;
using Raidlog.Cleaning;
using Raidlog.Geography;
using Raidlog.Pipeline;
using Raidlog.Recognition.Lexicons;
using Raidlog.Tests.Languages;
using Xunit.Abstractions;

namespace Raidlog.Tests.Geography;

/// <summary>
/// Every place named in the gold of ../shared/dev (en and fusion) must resolve to the gold admin1 and country, measured
/// two ways: by its name alone (with the article's gold countries as context), and in the article itself — the place
/// the extractor's place step made of a mention written that way, with everything else the article says
/// ("the village of X in the Y district" locates a village no registry lists). Runs only where ../shared/dev exists.
/// </summary>
[Collection("gazetteer")]
public sealed class GoldPlacesTests(GazetteerFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public void Gold_places_resolve_to_the_gold_region_and_country()
    {
        var dev = Path.Combine(LanguageExample.RepositoryRoot(), "..", "shared", "dev");
        if (!Directory.Exists(dev))
        {
            output.WriteLine($"skipped: {dev} is absent");
            return;
        }
        // each article is read by its own language's pipeline, as `extract` reads it (fu-005 is German: "Kiew")
        var pipelines = LanguageLexicons.Available.ToDictionary(l => l, l => new PipelineExtractor(Cleaners.For(l), LanguageLexicons.For(l), fixture.Gazetteer));
        PipelineExtractor PipelineFor(Article a) => pipelines.GetValueOrDefault(a.Metadata.Language) ?? pipelines["en"];
        int total = 0, byName = 0, inArticle = 0, paired = 0;
        var misses = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dev, "*.json", SearchOption.AllDirectories).Order())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("incidents", out var incidents)) continue;
            var golds = incidents.EnumerateArray().Select(i => (Place: Text(i, "place"), Admin1: Text(i, "admin1"), Country: Text(i, "country"))).ToList();
            var context = new PlaceContext(golds.Select(g => g.Country).OfType<string>().Distinct().ToList(), []);
            var mentions = ArticleReader.ReadAll([Path.ChangeExtension(file, ".txt")]).Select(r => r.Article).OfType<Article>()
                .SelectMany(a => PipelineFor(a).Places(a)).ToList();
            foreach (var gold in golds.Where(g => g.Place is not null).Distinct())
            {
                total++;
                bool Right(Place? p) => p is not null && p.Country == gold.Country && (gold.Admin1 is null || ScorerNames.Same(p.Admin1, gold.Admin1));
                var explanation = fixture.Gazetteer.Explain(gold.Place!, context);
                var alone = explanation.Resolution?.Place;
                // strictly: a mention of that very name; as score.py pairs places, also one whose place is the other's
                // region ("Kremlin" recorded as Moscow) — looser, since any mention of the region then counts
                // a mention written so: its name, the gazetteer's, or the name looked up ("the Kremlin", recorded as Moscow)
                var written = mentions.Where(m => ScorerNames.Same(m.Place.Name, gold.Place) || ScorerNames.Same(m.Place.CanonicalName, gold.Place)
                                                  || ScorerNames.Same(m.Query, gold.Place)).Select(m => m.Place).ToList();
                bool nameOk = Right(alone), articleOk = written.Any(Right);
                byName += nameOk ? 1 : 0;
                inArticle += articleOk ? 1 : 0;
                paired += articleOk || mentions.Select(m => m.Place).Any(p => Right(p) && (ScorerNames.Same(p.Admin1, gold.Place)
                                                                      || gold.Admin1 is not null && ScorerNames.Same(p.Name, gold.Admin1))) ? 1 : 0;
                if (!nameOk || !articleOk)
                    misses.Add($"{Path.GetFileName(file)}: '{gold.Place}' want {gold.Admin1 ?? "-"}/{gold.Country ?? "-"}; by name "
                               + (nameOk ? "ok" : alone is null ? $"nothing ({explanation.Reason})" : $"{alone.Name} {alone.Admin1 ?? "-"}/{alone.Country ?? "-"}")
                               + "; in the article " + (articleOk ? "ok" : written.Count == 0 ? "no mention so named"
                                   : string.Join(", ", written.Select(p => $"{p.Name} {p.Admin1 ?? "-"}/{p.Country ?? "-"}").Distinct())));
            }
        }
        var summary = $"gold places: {byName}/{total} by name alone ({100.0 * byName / Math.Max(1, total):0.0}%), "
                      + $"{inArticle}/{total} in the article by the same name ({100.0 * inArticle / Math.Max(1, total):0.0}%; "
                      + $"{paired}/{total} as score.py pairs places), "
                      + $"{misses.Count} wrong either way";
        output.WriteLine(summary);
        misses.ForEach(output.WriteLine);
        Console.WriteLine(summary + ":\n  " + string.Join("\n  ", misses));
        ((double)byName / total).ShouldBeGreaterThanOrEqualTo(0.9);
        ((double)inArticle / total).ShouldBeGreaterThanOrEqualTo(0.97); // 358/366 (97.8%) at this writing
    }

    static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
