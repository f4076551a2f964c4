using BenchmarkDotNet.Attributes;
using Raidlog.Articles;
using Raidlog.Benchmarks.Generation;
using Raidlog.Recognition.Actors;
using Raidlog.Recognition.Claims;
using Raidlog.Recognition.Times;

namespace Raidlog.Benchmarks;

/// <summary>
/// The date, claimant, stance and attacker recognisers alone on the generated reports: dates once per article,
/// the others once per sentence, as the extractor calls them. Run: dotnet run -c Release --project
/// benchmarks/Raidlog.Benchmarks -- --filter '*Recogniser*'
/// </summary>
[MemoryDiagnoser]
public class RecogniserBenchmarks
{
    Article[] articles = [];
    string[] sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Directory.CreateTempSubdirectory("raidlog-bench-").FullName;
        ReportGenerator.Run([folder, "50", "7"]);
        articles = ArticleReader.ReadAll([folder]).Select(r => r.Article!).ToArray();
        // A plain split is enough here: the cost being measured is the recognisers', not the segmenter's.
        sentences = articles.SelectMany(a => a.Text.Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToArray();
    }

    [Benchmark(Description = "dates, 50 reports")]
    public int Dates() => articles.Sum(a => DateMentionFinder.English.Find(a.Text, a.Metadata.Published).Count);

    [Benchmark(Description = "claimants, every sentence of 50 reports")]
    public int Claimants() => sentences.Count(s => ClaimantFinder.English.Find(s) is not null);

    [Benchmark(Description = "stances, every sentence of 50 reports")]
    public int Stances() => sentences.Sum(s => StanceFinder.English.Find(s).Count);

    [Benchmark(Description = "attackers, every sentence of 50 reports")]
    public int Attackers() => sentences.Count(s => AttackerResolver.English.Stated(s, "UA") is not null);
}
