using System.Text.Json;
using Raidlog.Articles;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Tests.Languages;

namespace Raidlog.Tests.Corpus;

/// <summary>The shared dev corpus (../shared/dev/en beside the repository), when this machine has it.</summary>
public static class DevCorpus
{
    public static string? Folder =>
        Path.GetFullPath(Path.Combine(LanguageExample.RepositoryRoot(), "..", "shared", "dev", "en")) is var dir && Directory.Exists(dir) ? dir : null;

    /// <summary>Each gold article of the corpus: its file name, its text and its gold annotation.</summary>
    public static IEnumerable<(string Name, string Text, JsonElement Gold)> GoldArticles(string folder)
    {
        foreach (var gold in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var textFile = Path.ChangeExtension(gold, ".txt");
            if (!File.Exists(textFile)) continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(gold));
            yield return (Path.GetFileName(gold), File.ReadAllText(textFile), doc.RootElement.Clone());
        }
    }

    /// <summary>The extractor's JSONL output for the whole folder, as `raidlog extract --format jsonl` prints it.</summary>
    public static List<string> ExtractJsonLines(string folder)
    {
        var extractor = Extractors.Default();
        var lines = new List<string>();
        foreach (var read in ArticleReader.ReadAll([folder]))
        {
            if (read.Article is null) continue;
            var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer)) IncidentJson.WriteExtraction(w, extractor.Extract(read.Article));
            lines.Add(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        return lines;
    }
}
