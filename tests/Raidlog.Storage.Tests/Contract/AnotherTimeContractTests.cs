using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Pipeline;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>
/// "Two drones targeted the Kremlin earlier this month": a report of another time, without its day. It is not dated
/// by its article's publication, and no other report joins it. Run against SQLite and PostgreSQL.
/// </summary>
public class AnotherTimeContractTests
{
    static readonly Place Moscow = new("Moscow", "Moscow", "RU", 55.75, 37.62, PlacePrecision.Town);

    static Extraction Earlier => new(new Article("moscow-earlier", "Two drones targeted the Kremlin earlier this month.",
            new ArticleMetadata(new DateOnly(2023, 5, 30), "Outlet A", "https://example.org/a", "en")),
        [Drone(Moscow, "2000-01-01", launched: 2, attacker: "UA") with { Date = null, AnotherTime = true }]);

    static Extraction Tuesday => Article("moscow-tuesday", "Outlet B", "2023-05-30", "Eight drones attacked Moscow on Tuesday.",
        Drone(Moscow, "2023-05-30", launched: 8, attacker: "UA"));

    static Extraction Undated => new(new Article("moscow-undated", "Drones attacked Moscow.", new ArticleMetadata(null, "Outlet C", "https://example.org/c", "en")),
        [Drone(Moscow, "2000-01-01", launched: 8, attacker: "UA") with { Date = null }]);

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_report_of_another_time_is_an_undated_incident_that_no_report_joins(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Earlier);
        t.Store.Ingest(Tuesday);
        t.Store.Ingest(Undated);

        var incidents = t.Store.Export(new()).ToList();
        var earlier = incidents.Single(d => d.Reports.Any(r => r.ArticleId == "moscow-earlier"));
        earlier.Summary.Consensus.Date.ShouldBeNull("its article's publication day is not its day");
        earlier.Reports.Select(r => r.ArticleId).ShouldBe(["moscow-earlier"]);
        incidents.Single(d => d.Reports.Any(r => r.ArticleId == "moscow-tuesday")).Reports.Select(r => r.ArticleId).Order()
            .ShouldBe(["moscow-tuesday", "moscow-undated"]);
    }
}
