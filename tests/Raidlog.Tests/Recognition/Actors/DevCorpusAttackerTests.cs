using System.Text.Json;
using Raidlog.Recognition.Actors;
using Raidlog.Recognition.Claims;
using Raidlog.Tests.Corpus;

namespace Raidlog.Tests.Recognition.Actors;

/// <summary>
/// The attacker resolver against the gold attackers of ../shared/dev/en, when that corpus is present: each gold
/// incident is resolved from the first line that names its place, with the gold target country, as the extractor
/// would. Guards against regressions on real reports without copying any of their text into the repository.
/// </summary>
public class DevCorpusAttackerTests
{
    [Fact]
    public void Resolves_at_least_nine_in_ten_gold_attackers_of_the_dev_corpus()
    {
        if (DevCorpus.Folder is not { } corpus) return; // the corpus is not shipped with the repository

        int right = 0, total = 0;
        var misses = new List<string>();
        foreach (var (file, text, gold) in DevCorpus.GoldArticles(corpus))
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var article = AttackerResolver.English.FindAll(text);
            foreach (var incident in gold.GetProperty("incidents").EnumerateArray())
            {
                string? Field(string name) => incident.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                var key = Field("place")!.Split(' ')[0];
                var line = Array.FindIndex(lines, l => l.Contains(key, StringComparison.OrdinalIgnoreCase));
                var sentence = line >= 0 ? lines[line] : "";
                var speaker = ClaimantFinder.English.Find(sentence, line > 0 ? lines[line - 1] : null)?.Side;
                var guess = AttackerResolver.English.Resolve(sentence, new AttackerContext(speaker, Field("country"), Field("admin1"), article));
                total++;
                if (guess.Iso2 == Field("attacker")) right++;
                else misses.Add($"{file} {Field("place")}: gold {Field("attacker")} got {guess.Iso2} ({guess.Basis})");
            }
        }

        total.ShouldBeGreaterThan(100);
        ((double)right / total).ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", misses));
    }
}
