using Raidlog.Incidents;
using Raidlog.Storage.Queries;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>Filters, sort, paging and stats over incidents — run against SQLite and PostgreSQL.</summary>
public class QueryContractTests
{
    static void Seed(IRaidlogStore store)
    {
        store.Ingest(Article("q1", "A", "2024-08-01", "Drones over Moscow.", Drone(Moscow, "2024-08-01", launched: 10, intercepted: 9)));
        store.Ingest(Article("q2", "A", "2024-08-05", "Missiles at Kharkiv killed two.", Drone(Kharkiv, "2024-08-05", launched: 4, killed: 2, mode: AttackMode.Missile, attacker: "RU")));
        store.Ingest(Article("q3", "B", "2024-08-05", "Missiles at Kharkiv killed three.", Drone(Kharkiv, "2024-08-05", launched: 4, killed: 3, mode: AttackMode.Missile, attacker: "RU")));
        store.Ingest(Article("q4", "A", "2024-08-05", "Drones over Bryansk.", Drone(Bryansk, "2024-08-05", launched: 7)));
        store.Ingest(Article("q5", "A", "2024-09-01", "Shelling of Chuhuiv.", Drone(Chuhuiv, "2024-09-01", injured: 5, mode: AttackMode.Artillery, attacker: "RU")));
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Filters_narrow_the_list_and_count_what_matches(string provider)
    {
        using var t = TestStores.Create(provider);
        Seed(t.Store);
        long Count(IncidentQuery q) => t.Store.QueryIncidents(q).Total;

        Count(new()).ShouldBe(4);
        Count(new() { Country = "ru" }).ShouldBe(2);
        Count(new() { From = new(2024, 8, 2), To = new(2024, 8, 31) }).ShouldBe(2);
        Count(new() { Mode = AttackMode.Missile }).ShouldBe(1);
        Count(new() { Admin1 = "kharkiv oblast" }).ShouldBe(2);
        Count(new() { Attacker = "RU", Country = "UA" }).ShouldBe(2);
        Count(new() { Disputed = true }).ShouldBe(1);
        Count(new() { Bbox = new BoundingBox(35, 49, 38, 56) }).ShouldBe(3, "Moscow, Kharkiv, Chuhuiv; Bryansk is west of 35°E");
        Count(new() { Text = "chuhuiv" }).ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Sorting_and_paging_are_stable(string provider)
    {
        using var t = TestStores.Create(provider);
        Seed(t.Store);
        var byLaunched = t.Store.QueryIncidents(new() { Sort = IncidentSort.Launched, Descending = true });
        byLaunched.Items.Select(i => i.Consensus.Launched).ShouldBe([10, 7, 4, null], "nulls last");
        var page2 = t.Store.QueryIncidents(new() { Sort = IncidentSort.Date, Descending = false, Offset = 1, Limit = 2 });
        (page2.Total, page2.Items.Count).ShouldBe((4, 2));
        page2.Items.Select(i => i.Consensus.Date).ShouldBe([new DateOnly(2024, 8, 5), new DateOnly(2024, 8, 5)]);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Stats_sum_consensus_figures_per_day_and_mode_and_per_region(string provider)
    {
        using var t = TestStores.Create(provider);
        Seed(t.Store);
        var stats = t.Store.GetStats(new());

        stats.Overall.Incidents.ShouldBe(4);
        stats.Overall.Launched.ShouldBe(21);
        var aug5 = stats.Daily.Where(d => d.Date == new DateOnly(2024, 8, 5)).ToList();
        aug5.Single(d => d.Mode == AttackMode.Drone).Totals.Launched.ShouldBe(7);
        aug5.Single(d => d.Mode == AttackMode.Missile).Totals.Killed.ShouldBe(3, "the later of two tolls");
        stats.Daily.Select(d => d.Date).ShouldBeInOrder();
        stats.ByCountry.Select(c => (c.Country, c.Totals.Incidents)).ShouldBe([("RU", 2L), ("UA", 2L)]);
        stats.ByAdmin1.Single(a => a.Admin1 == "Kharkiv Oblast").Totals.Injured.ShouldBe(5);
        t.Store.GetStats(new() { Country = "RU" }).Overall.Launched.ShouldBe(17);
    }
}
