using System.Text;
using System.Text.Json;
using Raidlog.Incidents;
using Raidlog.Storage.Export;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>The export stream and its three formats — run against SQLite and PostgreSQL.</summary>
public class ExportContractTests
{
    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Export_streams_every_incident_across_pages(string provider)
    {
        using var t = TestStores.Create(provider);
        var day = new DateOnly(2022, 1, 1);
        for (var i = 0; i < 520; i++)
            t.Store.Ingest(Article($"a{i}", "A", "2022-01-01", $"Report number {i}.", Drone(Kursk, day.AddDays(3 * i).ToString("yyyy-MM-dd"), launched: i)));

        var all = t.Store.Export(new()).ToList();
        all.Count.ShouldBe(520);
        all.Select(d => d.Summary.Id).Distinct().Count().ShouldBe(520);
        all.Sum(d => d.Reports.Count).ShouldBe(520);
        t.Store.Export(new() { From = day.AddDays(3 * 500) }).Count().ShouldBe(20);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Jsonl_lists_each_incident_with_its_reports_as_the_merge_scorer_reads_them(string provider)
    {
        const string t1 = "Eight drones attacked Moscow, the ministry said.";
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("j1", "Outlet A", "2023-05-30", t1, Drone(Moscow, "2023-05-30", launched: 8).Said(Figure.Launched, "ministry", t1, t1)));
        t.Store.Ingest(Article("j2", "Outlet B", "2023-05-31", "Eight drones again.", Drone(Moscow, "2023-05-30", launched: 8, injured: 2)));

        var buffer = new MemoryStream();
        IncidentJsonl.Write(buffer, t.Store.Export(new()));
        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = JsonDocument.Parse(lines.ShouldHaveSingleItem()).RootElement;
        line.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
        (line.GetProperty("date").GetString(), line.GetProperty("place").GetString(), line.GetProperty("country").GetString()).ShouldBe(("2023-05-30", "Moscow", "RU"));
        (line.GetProperty("launched").GetInt32(), line.GetProperty("sources").GetInt32(), line.GetProperty("disputed").GetBoolean()).ShouldBe((8, 2, false));
        var reports = line.GetProperty("reports").EnumerateArray().ToList();
        reports.Select(r => r.GetProperty("article").GetString()).ShouldBe(["j1", "j2"]);
        reports[1].GetProperty("injured").GetInt32().ShouldBe(2);
        reports[0].GetProperty("outlet").GetString().ShouldBe("Outlet A");
        reports[0].GetProperty("claimants")[0].GetProperty("claimant").GetString().ShouldBe("ministry");
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Csv_has_acled_columns_and_quotes_what_needs_quoting(string provider)
    {
        using var t = TestStores.Create(provider);
        var place = Kharkiv with { Name = "Kharkiv, \"centre\"" };
        t.Store.Ingest(Article("c1", "Outlet, \"A\"", "2024-01-02", "Missiles hit Kharkiv.", Drone(place, "2024-01-02", launched: 4, killed: 2, mode: AttackMode.Missile, attacker: "RU")));

        var writer = new StringWriter();
        IncidentCsv.Write(writer, t.Store.Export(new()));
        var lines = writer.ToString().TrimEnd().Split(["\r\n", "\n"], StringSplitOptions.None);
        lines[0].ShouldBe("event_id,event_date,year,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,launched,intercepted,suppressed,injured,disputed,sources");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain(",2024-01-02,2024,Explosions/Remote violence,Shelling/artillery/missile attack,RU,UA,UA,Kharkiv Oblast,\"Kharkiv, \"\"centre\"\"\",49.99,36.23,1,\"Outlet, \"\"A\"\"\",");
        lines[1].ShouldEndWith(",2,4,,,,false,1");
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void GeoJson_is_a_feature_collection_of_points(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("g1", "A", "2024-01-02", "Drones over Kursk.", Drone(Kursk, "2024-01-02", launched: 4)));
        t.Store.Ingest(Article("g2", "A", "2024-01-02", "Drones somewhere.", Drone(Kursk with { Name = "Nowhere", Admin1 = null, Lat = null, Lon = null, Precision = Geography.PlacePrecision.Town }, "2024-01-02")));

        var buffer = new MemoryStream();
        IncidentGeoJson.Write(buffer, t.Store.Export(new()));
        var doc = JsonDocument.Parse(buffer.ToArray()).RootElement;
        doc.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = doc.GetProperty("features").EnumerateArray().ToList();
        features.Count.ShouldBe(2);
        var kursk = features.Single(f => f.GetProperty("properties").GetProperty("place").GetString() == "Kursk Oblast");
        kursk.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ShouldBe([36.2, 51.7]);
        features.Single(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Null).GetProperty("properties").GetProperty("launched").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
