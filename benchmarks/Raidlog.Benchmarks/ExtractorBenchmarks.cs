using BenchmarkDotNet.Attributes;
using Raidlog.Articles;
using Raidlog.Benchmarks.Generation;
using Raidlog.Cleaning;
using Raidlog.Pipeline;

namespace Raidlog.Benchmarks;

/// <summary>
/// The extractor and the cleaner on a fixed set of generated reports (same seed every run), so changes to
/// the engine can be compared. Whole-folder throughput with I/O is benchmarks/throughput.sh.
/// </summary>
[MemoryDiagnoser]
public class ExtractorBenchmarks
{
    Article[] _articles = [];
    readonly IExtractor _extractor = Extractors.Default();
    readonly ITextCleaner _cleaner = Cleaners.Default();

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("raidlog-bench-").FullName;
        ReportGenerator.Run([folder, "50", "7"]);
        _articles = ArticleReader.ReadAll([folder]).Select(r => r.Article!).ToArray();
    }

    [Benchmark(Description = "extract 50 reports")]
    public int Extract()
    {
        var incidents = 0;
        foreach (var article in _articles) incidents += _extractor.Extract(article).Incidents.Count;
        return incidents;
    }

    [Benchmark(Description = "clean 50 reports")]
    public int Clean()
    {
        var chars = 0;
        foreach (var article in _articles) chars += _cleaner.Clean(article.Text).Text.Length;
        return chars;
    }
}
