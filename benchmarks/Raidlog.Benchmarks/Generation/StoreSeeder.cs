using System.Diagnostics;
using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Storage;
using Raidlog.Text;

namespace Raidlog.Benchmarks.Generation;

/// <summary>
/// Fills a store with COUNT incidents for the API load benchmark (benchmarks/api-load.sh), skipping
/// extraction: each article carries one ready-made report at one of 60 places over three years, with
/// figures, a claimant and an evidence sentence. Deterministic for a seed.
/// </summary>
static class StoreSeeder
{
    static readonly (string Name, string Admin1, string Country, double Lat, double Lon)[] Places =
    [
        ("Kyiv", "Kyiv City", "UA", 50.45, 30.52), ("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23), ("Odesa", "Odesa Oblast", "UA", 46.48, 30.73),
        ("Dnipro", "Dnipropetrovsk Oblast", "UA", 48.45, 34.98), ("Zaporizhzhia", "Zaporizhzhia Oblast", "UA", 47.84, 35.14),
        ("Sumy", "Sumy Oblast", "UA", 50.91, 34.80), ("Kherson", "Kherson Oblast", "UA", 46.64, 32.61), ("Lviv", "Lviv Oblast", "UA", 49.84, 24.03),
        ("Moscow", "Moscow", "RU", 55.75, 37.62), ("Belgorod", "Belgorod Oblast", "RU", 50.60, 36.59), ("Kursk", "Kursk Oblast", "RU", 51.73, 36.19),
        ("Bryansk", "Bryansk Oblast", "RU", 53.25, 34.37), ("Voronezh", "Voronezh Oblast", "RU", 51.67, 39.18), ("Rostov-on-Don", "Rostov Oblast", "RU", 47.23, 39.72),
        ("Sevastopol", "Sevastopol", "UA", 44.62, 33.53),
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], out var count))
        {
            Console.Error.WriteLine("usage: seed-store DB COUNT [SEED]");
            return 2;
        }
        var random = new Random(args.Length > 2 ? int.Parse(args[2]) : 7);
        var clock = Stopwatch.StartNew();
        using var store = RaidlogStore.Open(args[0]);
        var start = new DateOnly(2023, 1, 1);
        // Articles that merge into an existing incident do not add one: go on until COUNT incidents exist.
        var i = 0;
        while (store.Counts().Incidents < count)
        {
            store.IngestMany(Enumerable.Range(i, 1000).Select(k => Next(random, start, k)).ToList());
            i += 1000;
            if (i % 10_000 == 0) Console.Error.WriteLine($"seeded {i} articles in {clock.Elapsed.TotalSeconds:F0} s");
        }
        var counts = store.Counts();
        Console.WriteLine($"seeded {counts.Articles} articles -> {counts.Incidents} incidents in {clock.Elapsed.TotalSeconds:F1} s ({args[0]})");
        return 0;
    }

    static Extraction Next(Random random, DateOnly start, int i)
    {
        // 750 distinct places (each base place in 50 districts), so one day holds many separate incidents.
        var p = Places[random.Next(Places.Length)];
        var district = random.Next(50);
        var place = new Place(district == 0 ? p.Name : $"{p.Name} district {district}", p.Admin1, p.Country,
            p.Lat + district % 7 * 0.04, p.Lon + district / 7 * 0.04);
        var launched = random.Next(1, 60);
        var sentence = $"Bulletin {i}: officials said {launched} weapons were aimed at {place.Name} and {launched / 2} were shot down.";
        var article = new Article($"seed-{i:D6}", sentence, new ArticleMetadata(start.AddDays(random.Next(1095)), "Seed Wire", $"https://seed.example/{i}"));
        var span = new TextSpan(0, sentence.Length);
        var incident = new Incident
        {
            Date = article.Metadata.Published, Place = place, Mode = (AttackMode)random.Next(1, 6), Attacker = p.Country == "UA" ? "RU" : "UA",
            Launched = launched, Intercepted = launched / 2, Killed = random.Next(4) == 0 ? random.Next(1, 10) : null,
            Evidence = [span], Claims = [new Claim("launched", launched, "officials", span)],
        };
        return new Extraction(article, [incident]);
    }
}
