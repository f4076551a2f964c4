using System.Diagnostics;
using System.Text.Json;
using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;

/// <summary>
/// `memory-probe PATH [EVERY]`: the extract path of the CLI (read, extract, write JSON lines to nowhere) with the
/// process's memory printed after start-up, after the gazetteer loads, after the first article and every EVERY
/// articles: where a peak RSS comes from (runtime, gazetteer, per-article garbage the GC has not yet returned).
/// </summary>
static class MemoryProbe
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: memory-probe PATH [EVERY]"); return 2; }
        int every = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000;
        using var ticks = new AllocationTicks();
        var clock = Stopwatch.StartNew();
        Print("start", 0, clock);
        Gazetteer.LoadDefault();
        Print("gazetteer loaded", 0, clock);
        var extractor = Extractors.Default();
        using var json = new Utf8JsonWriter(Stream.Null);
        int done = 0;
        foreach (var read in ArticleReader.ReadAll([args[0]]))
        {
            if (read.Article is null) continue;
            IncidentJson.WriteExtraction(json, extractor.Extract(read.Article));
            json.Flush();
            json.Reset();
            if (++done == 1 || done % every == 0) Print("articles", done, clock);
        }
        Print("end", done, clock);
        ticks.PrintTop(25);
        return 0;
    }

    // Linux: the resident memory split into anonymous (heaps, JIT code) and file-backed (mapped assemblies).
    static string Status() => File.Exists("/proc/self/status")
        ? string.Join("  ", File.ReadLines("/proc/self/status").Where(l => l.StartsWith("RssAnon") || l.StartsWith("RssFile"))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+", " ")))
        : "";

    static void Print(string stage, int articles, Stopwatch clock)
    {
        using var self = Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.00} s {stage,-17} {articles,6}  RSS {self.WorkingSet64 / 1e6,5:0} MB  peak {self.PeakWorkingSet64 / 1e6,5:0} MB  " +
                          $"heap {GC.GetTotalMemory(false) / 1e6,5:0} MB  committed {info.TotalCommittedBytes / 1e6,5:0} MB  " +
                          $"live after last GC {info.HeapSizeBytes / 1e6,5:0} MB  gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}  " +
                          $"allocated {GC.GetTotalAllocatedBytes() / 1e6,7:0} MB  {Status()}");
    }
}

/// <summary>The runtime's allocation sample (one event per ~100 KB allocated, naming the type that crossed it):
/// which types the extract path allocates most, without a profiler.</summary>
sealed class AllocationTicks : System.Diagnostics.Tracing.EventListener
{
    readonly Dictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick") || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_bytes) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    public void PrintTop(int count)
    {
        lock (_bytes)
        {
            long total = _bytes.Values.Sum();
            Console.WriteLine($"allocation sample: {total / 1e6:0} MB");
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(count))
                Console.WriteLine($"  {bytes / 1e6,8:0.0} MB {100.0 * bytes / total,5:0.0}%  {type}");
        }
    }
}
