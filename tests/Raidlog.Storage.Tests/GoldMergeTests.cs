using System.Text.Json;
using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;

namespace Raidlog.Storage.Tests;

/// <summary>
/// The merge rule alone, on ../shared/dev/fusion (when present): each article's gold incidents are fed in as its
/// reports, so extraction errors are out of the picture, and the merged grouping must equal the gold clusters.
/// </summary>
public class GoldMergeTests
{
    static readonly string Fusion = Path.Combine(TestStores.RepoRoot, "..", "shared", "dev", "fusion");

    public sealed class FusionFactAttribute : FactAttribute
    {
        public FusionFactAttribute() { if (!Directory.Exists(Fusion)) Skip = $"no merge corpus at {Fusion}"; }
    }

    [FusionFact]
    public void Gold_reports_of_the_fusion_corpus_merge_exactly_into_their_clusters()
    {
        using var t = TestStore.Sqlite();
        var clusterOf = new Dictionary<(string Article, int Ordinal), string>();
        foreach (var txt in Directory.EnumerateFiles(Fusion, "*.txt").Order(StringComparer.Ordinal))
        {
            var article = ArticleReader.ReadText(txt).Article!;
            using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(txt, ".json")));
            var incidents = gold.RootElement.GetProperty("incidents").EnumerateArray().ToList();
            for (var i = 0; i < incidents.Count; i++) clusterOf[(article.Id, i)] = incidents[i].GetProperty("cluster").GetString()!;
            t.Store.Ingest(new Extraction(article, incidents.Select(FromGold).ToList()));
        }

        var merged = t.Store.Export(new()).ToList();
        var clustersPerIncident = merged.Select(m => m.Reports.Select(r => clusterOf[(r.ArticleId, r.Ordinal)]).Distinct().ToList()).ToList();
        clustersPerIncident.ShouldAllBe(c => c.Count == 1, "no incident mixes two real attacks");
        clustersPerIncident.Select(c => c[0]).ShouldBeUnique("no real attack is split");
    }

    static Incident FromGold(JsonElement g)
    {
        string? S(string name) => g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? N(string name) => g.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Number => v.GetInt32(),
            JsonValueKind.Array => v[0].GetInt32(),
            _ => null,
        } : null;
        return new Incident
        {
            Date = S("date") is { } d ? DateOnly.Parse(d) : null,
            Place = new Place(S("place")!, S("admin1"), S("country")!),
            Mode = AttackModeNames.Parse(S("mode")),
            Attacker = S("attacker"),
            Launched = N("launched"), Intercepted = N("intercepted"), Suppressed = N("suppressed"), Killed = N("killed"), Injured = N("injured"),
        };
    }
}
