using System.Diagnostics;
using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Storage;
using Raidlog.Storage.Ingestion;
using Raidlog.Text;

namespace Raidlog.Benchmarks.Generation;

/// <summary>
/// `ingest-store DB COUNT [SEED]`: the store and merge cost alone. COUNT articles, ready-extracted, go through
/// IRaidlogStore.IngestMany in batches of <see cref="ArticleIngestor.MaxBatch"/>, one transaction each, as `raidlog ingest` does. Each attack (a day, a place, a weapon)
/// is reported by 1-4 outlets with their own figures, and an article reports 1-3 places, so most reports must
/// find and join an existing incident. Prints articles/s, reports, incidents and peak memory.
/// </summary>
static class MergeLoad
{
    static readonly string[] Outlets = ["Wire A", "Wire B", "Daily C", "Radio D"];
    static readonly string[] Claimants = ["the defence ministry", "the governor", "the air force", "the mayor"];

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], out var count))
        {
            Console.Error.WriteLine("usage: ingest-store DB COUNT [SEED]");
            return 2;
        }
        var random = new Random(args.Length > 2 ? int.Parse(args[2]) : 11);
        using var store = RaidlogStore.Open(args[0]);
        var clock = Stopwatch.StartNew();
        long reports = 0;
        var i = 0;
        foreach (var batch in Articles(random).Take(count).Chunk(ArticleIngestor.MaxBatch))
        {
            reports += store.IngestMany(batch).Sum(o => o.Reports);
            if ((i += batch.Length) % 20_000 < batch.Length) Console.Error.WriteLine($"  {i} articles in {clock.Elapsed.TotalSeconds:F0} s");
        }
        clock.Stop();
        var counts = store.Counts();
        var where = RaidlogStore.IsPostgres(args[0]) ? "PostgreSQL" : "SQLite";
        Console.WriteLine($"ingest-store {where}: {i} articles, {reports} reports -> {counts.Incidents} incidents, {counts.Revisions} revisions " +
                          $"in {clock.Elapsed.TotalSeconds:F1} s = {i / clock.Elapsed.TotalSeconds:F0} articles/s; " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB " +
                          $"(managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MB at the end)");
        return 0;
    }

    /// <summary>Attacks day by day; each is told by several outlets, and each outlet's article bundles a few attacks.</summary>
    static IEnumerable<Extraction> Articles(Random random)
    {
        var places = Places();
        var day = new DateOnly(2022, 3, 1);
        var n = 0;
        while (true)
        {
            var attacks = Enumerable.Range(0, random.Next(20, 40))
                .Select(_ => (Place: places[random.Next(places.Length)], Mode: (AttackMode)random.Next(1, 5), Launched: random.Next(1, 80)))
                .DistinctBy(a => a.Place)
                .ToList();
            foreach (var outlet in Outlets)
            {
                var told = attacks.Where(_ => random.Next(3) > 0).ToList();
                for (var k = 0; k < told.Count; k += random.Next(1, 4))
                {
                    var chunk = told.Skip(k).Take(3).ToList();
                    var text = string.Join(" ", chunk.Select(a => $"{outlet} report {n}: {a.Launched} weapons were fired at {a.Place.Name}, {Claimants[random.Next(4)]} said."));
                    var incidents = chunk.Select(a => Report(random, text, day, a.Place, a.Mode, a.Launched)).ToList();
                    yield return new Extraction(new Article($"bench-{n++:D7}", text, new ArticleMetadata(day.AddDays(random.Next(2)), outlet, null)), incidents);
                }
            }
            day = day.AddDays(1);
        }
    }

    static Incident Report(Random random, string text, DateOnly day, Place place, AttackMode mode, int launched)
    {
        var at = text.IndexOf(place.Name, StringComparison.Ordinal);
        var span = new TextSpan(Math.Max(0, at - 30), Math.Min(text.Length, at + place.Name.Length + 20));
        var figure = random.Next(5) == 0 ? launched + random.Next(-3, 4) : launched;  // outlets disagree now and then
        return new Incident
        {
            Date = random.Next(8) == 0 ? day.AddDays(-1) : day,
            Place = place,
            Mode = random.Next(10) == 0 ? AttackMode.Unknown : mode,
            Attacker = place.Country == "UA" ? "RU" : "UA",
            Launched = Math.Max(1, figure),
            Intercepted = figure / 2,
            Evidence = [span],
            Claims = [new Claim("launched", Math.Max(1, figure), Claimants[random.Next(4)], span)],
        };
    }

    /// <summary>Twelve regions with twenty towns each, plus the regions themselves: 252 places in two countries.</summary>
    static Place[] Places()
    {
        (string Admin1, string Country, double Lat, double Lon)[] regions =
        [
            ("Kharkiv Oblast", "UA", 49.9, 36.3), ("Sumy Oblast", "UA", 50.9, 34.8), ("Odesa Oblast", "UA", 46.5, 30.7),
            ("Dnipropetrovsk Oblast", "UA", 48.4, 35.0), ("Zaporizhzhia Oblast", "UA", 47.8, 35.1), ("Kyiv Oblast", "UA", 50.4, 30.5),
            ("Belgorod Oblast", "RU", 50.6, 36.6), ("Kursk Oblast", "RU", 51.7, 36.2), ("Bryansk Oblast", "RU", 53.2, 34.4),
            ("Moscow Oblast", "RU", 55.7, 37.6), ("Rostov Oblast", "RU", 47.2, 39.7), ("Voronezh Oblast", "RU", 51.7, 39.2),
        ];
        return regions.SelectMany(r => Enumerable.Range(0, 21).Select(t => t == 0
                ? new Place(r.Admin1, r.Admin1, r.Country, r.Lat, r.Lon, PlacePrecision.Region)
                : new Place($"{r.Admin1.Split(' ')[0]} town {t}", r.Admin1, r.Country, r.Lat + t * 0.02, r.Lon + t * 0.02)))
            .ToArray();
    }
}
