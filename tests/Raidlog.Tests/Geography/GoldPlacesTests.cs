using System.Text.Json;
using Raidlog.Geography;
using Raidlog.Tests.Languages;
using Xunit.Abstractions;

namespace Raidlog.Tests.Geography;

/// <summary>
/// Every place named in the gold of ../shared/dev (en and fusion), resolved from its name alone with the article's
/// other gold countries as context, must give the gold admin1 and country. Runs only where ../shared/dev exists.
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
        int total = 0;
        var misses = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dev, "*.json", SearchOption.AllDirectories).Order())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("incidents", out var incidents)) continue;
            var golds = incidents.EnumerateArray().Select(i => (Place: Text(i, "place"), Admin1: Text(i, "admin1"), Country: Text(i, "country"))).ToList();
            var context = new PlaceContext(golds.Select(g => g.Country).OfType<string>().Distinct().ToList(), []);
            foreach (var gold in golds.Where(g => g.Place is not null).Distinct())
            {
                total++;
                var explanation = fixture.Gazetteer.Explain(gold.Place!, context);
                var p = explanation.Resolution?.Place;
                bool ok = p is not null && p.Country == gold.Country && (gold.Admin1 is null || ScorerNames.Same(p.Admin1, gold.Admin1));
                if (!ok) misses.Add($"{Path.GetFileName(file)}: '{gold.Place}' want {gold.Admin1 ?? "-"}/{gold.Country ?? "-"}, got "
                                    + (p is null ? $"nothing ({explanation.Reason})" : $"{p.Name} {p.Admin1 ?? "-"}/{p.Country ?? "-"}"));
            }
        }
        output.WriteLine($"gold places: {total - misses.Count}/{total} resolve to the gold admin1 and country ({100.0 * (total - misses.Count) / Math.Max(1, total):0.0}%)");
        misses.ForEach(output.WriteLine);
        Console.WriteLine($"gold places: {total - misses.Count}/{total} correct; misses:\n  " + string.Join("\n  ", misses));
        ((double)(total - misses.Count) / total).ShouldBeGreaterThanOrEqualTo(0.9);
    }

    static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
