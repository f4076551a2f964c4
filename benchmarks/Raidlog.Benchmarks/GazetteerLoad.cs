using System.Diagnostics;
using Raidlog.Geography;

/// <summary>
/// `dotnet run -c Release --project benchmarks/Raidlog.Benchmarks -- gazetteer-load [runs]`: loads the gazetteer
/// in this fresh process (the cost a CLI run pays), then times lookups; prints time and memory per run.
/// Goal (issue 3): load under 1 s and 150 MB.
/// </summary>
static class GazetteerLoad
{
    static readonly string[] Queries =
    [
        "Kiev", "Kharkov", "the Belgorod region", "Podolsk", "Zaporozhye", "Odessa", "Kyiv region", "Black Sea",
        "Malokaterynivka", "Novoshakhtinsk", "Запорожье", "Kremlin", "Moscow Oblast", "Sevastopol", "Kharikv", "Xqzville",
    ];

    public static int Run(string[] args)
    {
        int runs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1;
        var path = GazetteerFile.Locate();
        long before = GC.GetTotalMemory(true);
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Load(path);
        var load = clock.Elapsed;
        self.Refresh();
        var cpu = self.TotalProcessorTime - cpuBefore;
        long heap = GC.GetTotalMemory(true) - before;
        // Wall time depends on what else the machine runs; CPU time is the load's own cost.
        Console.WriteLine($"gazetteer load: {load.TotalMilliseconds:0} ms wall, {cpu.TotalMilliseconds:0} ms CPU, managed heap {heap / 1e6:0.0} MB, " +
                          $"peak working set {self.PeakWorkingSet64 / 1e6:0.0} MB; {gazetteer.Count:N0} entries, {gazetteer.KeyCount:N0} keys, {gazetteer.FuzzyPool.Count:N0} typo-check names ({path})");
        for (int run = 1; run < runs; run++)
        {
            self.Refresh();
            cpuBefore = self.TotalProcessorTime;
            clock.Restart();
            Gazetteer.Load(path);
            self.Refresh();
            Console.WriteLine($"gazetteer load (warm run {run + 1}): {clock.Elapsed.TotalMilliseconds:0} ms wall, {(self.TotalProcessorTime - cpuBefore).TotalMilliseconds:0} ms CPU");
        }
        foreach (var q in Queries) gazetteer.Resolve(q); // first-call costs (JIT) outside the timing
        foreach (var q in Queries)
        {
            clock.Restart();
            for (int i = 0; i < 200; i++) gazetteer.Resolve(q);
            Console.WriteLine($"  {q,-22} {clock.Elapsed.TotalMicroseconds / 200,8:0.0} µs");
        }
        const int rounds = 2000;
        clock.Restart();
        for (int i = 0; i < rounds; i++)
            foreach (var q in Queries) gazetteer.Resolve(q);
        var perLookup = clock.Elapsed.TotalMicroseconds / (rounds * Queries.Length);
        Console.WriteLine($"lookup: {perLookup:0.0} µs per name on average over {Queries.Length} names (exact, region, Cyrillic, typo and unknown)");
        return 0;
    }
}
