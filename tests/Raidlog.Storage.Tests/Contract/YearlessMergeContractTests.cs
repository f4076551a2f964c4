using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Storage.Export;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>
/// A report whose article prints no year and has no publication date keeps its month and day through the store,
/// and the merge uses them: Kyiv attacked on May 28 and May 30, a yearless "May 28" joins the May 28 attack.
/// Run against SQLite and PostgreSQL.
/// </summary>
public class YearlessMergeContractTests
{
    static readonly Place Kyiv = new("Kyiv", "Kyiv City", "UA", 50.45, 30.52, PlacePrecision.Town);

    static Extraction Dated(string id, string date, params Incident[] incidents) =>
        Article(id, "Outlet " + id, date, $"Drones attacked Kyiv ({id}).", incidents);

    /// <summary>An article with no publication date, whose one report gives a month and day but no year.</summary>
    static Extraction Yearless(string id, int month, int day, int? launched = null) =>
        new(new Article(id, $"Drones attacked Kyiv ({id}).", new ArticleMetadata(null, "Outlet " + id, $"https://example.org/{id}", "en")),
            [Drone(Kyiv, "2000-01-01", launched: launched, attacker: "RU") with { Date = null, DayWithoutYear = new MonthDay(month, day) }]);

    // The May 30 attack is told in full, the May 28 one barely: without its day, the yearless report would go to May 30.
    static Extraction May28 => Dated("kyiv-28", "2024-05-28", Drone(Kyiv, "2024-05-28", launched: 20, attacker: "RU"));
    static Extraction May30 => Dated("kyiv-30", "2024-05-30", Drone(Kyiv, "2024-05-30", launched: 12, intercepted: 10, attacker: "RU"));
    static Extraction Undated28 => Yearless("kyiv-y", 5, 28);

    public static IEnumerable<object[]> ProvidersAndOrders() =>
        from p in TestStores.Providers()
        from order in new[] { "28 30 y", "y 30 28", "30 y 28" }
        select new object[] { p[0], order };

    [Theory, MemberData(nameof(ProvidersAndOrders))]
    public void A_yearless_May_28_joins_the_May_28_attack_and_not_the_May_30_one_in_any_order(string provider, string order)
    {
        using var t = TestStores.Create(provider);
        foreach (var step in order.Split(' '))
            t.Store.Ingest(step switch { "28" => May28, "30" => May30, _ => Undated28 });

        var groups = t.Store.Export(new()).Select(d => string.Join(" ", d.Reports.Select(r => r.ArticleId).Order())).Order().ToList();
        groups.ShouldBe(["kyiv-28 kyiv-y", "kyiv-30"]);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_yearless_report_founds_an_incident_that_its_dated_day_joins_and_two_days_off_does_not(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Undated28).IncidentsCreated.ShouldBe(1);
        var founded = t.Store.QueryIncidents(new()).Items.ShouldHaveSingleItem();
        (founded.Consensus.Date, founded.Consensus.DayWithoutYear).ShouldBe((null, new MonthDay(5, 28)), "the incident keeps its report's day");
        Jsonl(t.Store).ShouldHaveSingleItem().GetProperty("day").GetString().ShouldBe("--05-28");
        var geo = new MemoryStream();
        IncidentGeoJson.Write(geo, t.Store.Export(new()));
        var feature = JsonDocument.Parse(geo.ToArray()).RootElement.GetProperty("features")[0].GetProperty("properties");
        (feature.GetProperty("date").ValueKind, feature.GetProperty("day").GetString()).ShouldBe((JsonValueKind.Null, "--05-28"));

        t.Store.Ingest(May30).IncidentsCreated.ShouldBe(1, "two days off is another attack");
        t.Store.Ingest(May28).IncidentsJoined.ShouldBe(1);

        var joined = t.Store.GetIncident(founded.Id).ShouldNotBeNull();
        (joined.Summary.Consensus.Date, joined.Summary.Consensus.DayWithoutYear).ShouldBe((new DateOnly(2024, 5, 28), null), "a dated report gives the year");
        var yearless = joined.Reports.Single(r => r.ArticleId == "kyiv-y").Report;
        (yearless.Date, yearless.DayWithoutYear).ShouldBe((null, new MonthDay(5, 28)), "the report itself still says only May 28");
        var line = Jsonl(t.Store).Single(l => l.GetProperty("id").GetString() == founded.Id);
        var report = line.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("article").GetString() == "kyiv-y");
        (report.GetProperty("date").ValueKind, report.GetProperty("day").GetString()).ShouldBe((JsonValueKind.Null, "--05-28"));
        line.TryGetProperty("day", out _).ShouldBeFalse("a dated incident has no day without a year");
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void The_last_day_of_a_year_is_a_day_from_the_first_of_the_next(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Dated("kyiv-nye", "2025-01-01", Drone(Kyiv, "2025-01-01", launched: 9, attacker: "RU")));
        t.Store.Ingest(Yearless("kyiv-y", 12, 31)).IncidentsJoined.ShouldBe(1);
        t.Store.Ingest(Yearless("kyiv-z", 12, 29)).IncidentsCreated.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_store_written_before_days_without_year_were_kept_opens_and_merges_on(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(May28);
        Exec(t, "ALTER TABLE reports DROP COLUMN day_without_year", "ALTER TABLE incidents DROP COLUMN day_without_year",
            "DELETE FROM schema_migrations WHERE version = 7");

        using var reopened = RaidlogStore.Open(t.Db);
        reopened.QueryIncidents(new()).Items.ShouldHaveSingleItem().Consensus.Date.ShouldBe(new DateOnly(2024, 5, 28));
        reopened.Ingest(Undated28).IncidentsJoined.ShouldBe(1);
        reopened.Ingest(Yearless("kyiv-z", 5, 30)).IncidentsCreated.ShouldBe(1);
        reopened.QueryIncidents(new()).Items.Single(i => i.Consensus.Date is null).Consensus.DayWithoutYear.ShouldBe(new MonthDay(5, 30));
    }

    static List<JsonElement> Jsonl(IRaidlogStore store)
    {
        var buffer = new MemoryStream();
        IncidentJsonl.Write(buffer, store.Export(new()));
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    /// <summary>Runs raw SQL on the test store, as an older Raidlog's schema would have it.</summary>
    static void Exec(TestStore t, params string[] statements)
    {
        using DbConnection c = RaidlogStore.IsPostgres(t.Db) ? new NpgsqlConnection(t.Db) : new SqliteConnection($"Data Source={t.Db};Pooling=False");
        c.Open();
        foreach (var sql in statements)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            cmd.ExecuteNonQuery();
        }
    }
}
