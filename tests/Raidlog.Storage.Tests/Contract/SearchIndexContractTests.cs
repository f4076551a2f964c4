using Dapper;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Storage.Queries;
using Raidlog.Storage.Sql;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>
/// The bbox and text filters are served by indexes (migration 004: trigram FTS5 on SQLite, pg_trgm on PostgreSQL,
/// a lat/lon index on both). They must find exactly what the plain scan finds — run against SQLite and PostgreSQL.
/// </summary>
public class SearchIndexContractTests
{
    static readonly string[] Searches =
    [
        "kharkiv", "KHARKIV OBLAST", "oblast", "Chuhuiv", "uhu", "drones over", "over\nKursk", "10%", "100% of", "_x_", "a\\b",
        "say \"five\"", "O'Brien", "ше", "Шебекино", "шебекино", "ab", "k", "nowhere at all", "line two", "one\nline",
    ];

    static List<Extraction> Articles()
    {
        var shebekino = new Place("Шебекино", "Belgorod Oblast", "RU", 50.41, 36.89);
        const string a = "Drones over Kharkiv: 100% of _x_ targets hit, O'Brien wrote.";
        const string b = "Shelling of Chuhuiv, officials say \"five\" were hurt. Path a\\b.\nLine two of the same report.";
        const string c = "Drones over\nKursk and one line more.";
        return
        [
            Article("a", "A", "2024-08-01", a, Drone(Kharkiv, "2024-08-01", launched: 5).Said(Figure.Launched, "O'Brien", a, a)),
            Article("b", "B", "2024-08-03", b, Drone(Chuhuiv, "2024-08-03", injured: 5, mode: AttackMode.Artillery, attacker: "RU").Said(Figure.Injured, "officials", b, b)),
            Article("c", "C", "2024-08-05", c, Drone(Kursk, "2024-08-05", launched: 3).Said(Figure.Launched, "the governor", c, c)),
            Article("d", "D", "2024-08-06", "A town near the border.", Drone(shebekino, "2024-08-06", launched: 2)),
            Article("e", "E", "2024-08-07", "Moscow again.", Drone(Moscow, "2024-08-07", launched: 1)),
        ];
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void The_text_filter_finds_what_a_scan_of_place_region_and_evidence_finds(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.IngestMany(Articles());
        using var c = Dialect(provider, t.Db).Open();

        foreach (var text in Searches)
        {
            var args = new DynamicParameters();
            var scanned = c.Query<string>($"SELECT i.id FROM incidents i WHERE {IncidentFilter.ScanText(text, args, provider == "sqlite" ? "LIKE" : "ILIKE")} ORDER BY i.id", args);
            var found = t.Store.QueryIncidents(new() { Text = text }).Items.Select(i => i.Id).Order(StringComparer.Ordinal).ToList();
            if (provider == "sqlite" && text.Any(ch => ch > 127))
                scanned.ShouldBeSubsetOf(found, $"text = \"{text}\"");  // SQLite's LIKE folds only ASCII; the trigram index folds all, as ILIKE does
            else
                found.ShouldBe(scanned, $"text = \"{text}\"");
        }
        t.Store.QueryIncidents(new() { Text = "шебекино" }).Total.ShouldBe(1, "case folds beyond ASCII on both providers");
        t.Store.QueryIncidents(new() { Text = "line two" }).Total.ShouldBe(1);
        t.Store.QueryIncidents(new() { Text = "one\nline" }).Total.ShouldBe(0, "a search never matches across two evidence sentences");
    }

    [Fact]
    public void A_big_box_pages_in_date_order_like_a_small_one()
    {
        // Over 2,000 matches SQLite walks the date index instead of the box index (SqlStore.QueryIncidents).
        using var t = TestStore.Sqlite();
        var start = new DateOnly(2024, 1, 1);
        t.Store.IngestMany(Enumerable.Range(0, 2200).Select(k =>
        {
            var place = new Place($"Village {k}", "Test Oblast", "UA", 45 + k % 100 * 0.1, 30 + k / 100 * 0.3);
            return Article($"v{k}", "A", start.AddDays(k % 97).ToString("yyyy-MM-dd"), $"Village {k} was shelled.", Drone(place, start.AddDays(k % 97).ToString("yyyy-MM-dd"), launched: k));
        }).ToList());
        var everything = t.Store.Export(new()).Select(d => d.Summary).ToList();

        foreach (var box in new[] { new BoundingBox(29, 44, 38, 56), new BoundingBox(30.5, 46, 31, 47), new BoundingBox(0, 0, 1, 1) })
        {
            var expected = everything.Where(i => i.Consensus.Place.Lat >= box.South && i.Consensus.Place.Lat <= box.North
                                                 && i.Consensus.Place.Lon >= box.West && i.Consensus.Place.Lon <= box.East)
                .OrderByDescending(i => i.Consensus.Date).ThenByDescending(i => i.Id, StringComparer.Ordinal).ToList();
            var page = t.Store.QueryIncidents(new() { Bbox = box, Offset = 40, Limit = 50 });
            page.Total.ShouldBe(expected.Count);
            page.Items.Select(i => i.Id).ShouldBe(expected.Skip(40).Take(50).Select(i => i.Id), $"{box}");
        }
        everything.Count.ShouldBe(2200);
    }

    static SqlDialect Dialect(string provider, string db) => provider == "sqlite" ? new SqliteDialect(db) : new PostgresDialect(db);
}
