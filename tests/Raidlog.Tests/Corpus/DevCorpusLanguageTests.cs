using Raidlog.Languages;
using Raidlog.Tests.Languages;

namespace Raidlog.Tests.Corpus;

/// <summary>The detector against the language the dev corpora's gold gives each article (skipped without ../shared/dev).</summary>
public class DevCorpusLanguageTests
{
    [Fact]
    public void Every_dev_article_is_detected_as_the_language_its_gold_names()
    {
        var dev = Path.GetFullPath(Path.Combine(LanguageExample.RepositoryRoot(), "..", "shared", "dev"));
        if (!Directory.Exists(dev)) return;

        var wrong = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(dev))
            foreach (var (name, text, gold) in DevCorpus.GoldArticles(folder))
            {
                var expected = gold.GetProperty("source").TryGetProperty("language", out var l) && l.GetString() is { } code ? code : "en";
                if (LanguageDetector.Default.Detect(text) != expected) wrong.Add($"{name}: expected {expected}");
            }
        wrong.ShouldBeEmpty();
    }
}
