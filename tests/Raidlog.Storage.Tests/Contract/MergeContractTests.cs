using Raidlog.Incidents;
using Raidlog.Pipeline;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>Cross-source merging, consensus, revisions and stable ids — run against SQLite and PostgreSQL.</summary>
public class MergeContractTests
{
    const string TextA = "Eight drones flew at Moscow before dawn on Tuesday, the defence ministry said. Five were shot down and three were jammed. The mayor said nobody was hurt.";
    const string TextB = "Russia's defence ministry said the capital was targeted by eight unmanned aircraft; five were downed and three suppressed by electronic warfare. Two people sought medical help, the mayor said later.";
    const string TextC = "Moscow came under a drone attack on Tuesday morning. Officials said eight drones were involved. Kyiv denied any role.";

    static Extraction A => Article("moscow-a", "Outlet A", "2023-05-30", TextA,
        Drone(Moscow, "2023-05-30", launched: 8, intercepted: 5, suppressed: 3, injured: 0)
            .Said(Figure.Launched, "defence ministry", TextA, "Eight drones flew at Moscow before dawn on Tuesday, the defence ministry said.")
            .Said(Figure.Injured, "mayor", TextA, "The mayor said nobody was hurt."));
    static Extraction B => Article("moscow-b", "Outlet B", "2023-05-31", TextB,
        Drone(Moscow with { Lat = null, Lon = null }, "2023-05-30", launched: 8, intercepted: 5, suppressed: 3, injured: 2)
            .Said(Figure.Launched, "defence ministry", TextB, "Russia's defence ministry said the capital was targeted by eight unmanned aircraft")
            .Said(Figure.Injured, "mayor", TextB, "Two people sought medical help, the mayor said later."));
    static Extraction C => Article("moscow-c", "Outlet C", "2023-05-30", TextC,
        Drone(Moscow with { Admin1 = null }, "2023-05-30", launched: 8, attacker: null)
            .Denied("Kyiv", TextC, "Kyiv denied any role."));

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Three_outlets_on_one_attack_become_one_incident_with_every_figure_kept(string provider)
    {
        using var t = TestStores.Create(provider);
        var first = t.Store.Ingest(A);
        first.IncidentsCreated.ShouldBe(1);
        var id = t.Store.QueryIncidents(new()).Items.Single().Id;

        t.Store.Ingest(B).IncidentsJoined.ShouldBe(1);
        t.Store.Ingest(C).IncidentsJoined.ShouldBe(1);

        var page = t.Store.QueryIncidents(new());
        page.Total.ShouldBe(1);
        var incident = t.Store.GetIncident(id).ShouldNotBeNull();
        incident.Summary.Id.ShouldBe(id, "adding sources never renames an incident");
        incident.Summary.Sources.ShouldBe(3);
        var c = incident.Summary.Consensus;
        (c.Launched, c.Intercepted, c.Suppressed).ShouldBe((8, 5, 3));
        c.Place.Admin1.ShouldBe("Moscow");
        c.Attacker.ShouldBe("UA");
        incident.Reports.Select(r => r.Outlet).ShouldBe(["Outlet A", "Outlet B", "Outlet C"]);
        incident.Reports[0].Claims.ShouldContain(cl => cl.Field == "launched" && cl.Claimant == "defence ministry"
                                                       && cl.Text.StartsWith("Eight drones flew at Moscow"));
        incident.Reports[2].Claims.ShouldContain(cl => cl.Field == "denial" && cl.Claimant == "Kyiv" && cl.Text == "Kyiv denied any role.");
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_later_figure_from_the_same_claimant_supersedes_and_leaves_a_revision(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(A);
        t.Store.Ingest(B).Revisions.ShouldBe(1);
        var incident = t.Store.GetIncident(t.Store.QueryIncidents(new()).Items.Single().Id)!;

        incident.Summary.Consensus.Injured.ShouldBe(2);
        var injured = incident.Figures.Single(f => f.Figure == Figure.Injured);
        (injured.Value, injured.Claimant, injured.Disputed).ShouldBe((2, "mayor", false), "an update is not a dispute");
        var revision = incident.Revisions.ShouldHaveSingleItem();
        (revision.Field, revision.OldValue, revision.NewValue, revision.ArticleId).ShouldBe(("injured", 0, 2, "moscow-b"));
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_wave_stays_one_incident_per_region_plus_the_country_total(string provider)
    {
        const string w1 = "Overnight 45 drones were launched at Russia, the ministry said: 11 over Moscow, 23 over Bryansk and 5 over Kursk.";
        const string w2 = "The mayor counted 11 drones over Moscow; Bryansk's governor spoke of 20, and two fell in the Moscow region.";
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("wave-1", "Outlet A", "2024-08-21", w1,
            Drone(Russia, "2024-08-21", launched: 45), Drone(Moscow, "2024-08-21", intercepted: 11),
            Drone(Bryansk, "2024-08-21", intercepted: 23), Drone(Kursk, "2024-08-21", intercepted: 5)));
        t.Store.Ingest(Article("wave-2", "Outlet B", "2024-08-21", w2,
            Drone(Moscow, "2024-08-21", intercepted: 11), Drone(Bryansk, "2024-08-21", intercepted: 20),
            Drone(MoscowOblast, "2024-08-21", intercepted: 2)));

        var all = t.Store.QueryIncidents(new() { Sort = Queries.IncidentSort.Country }).Items;
        all.Select(i => i.Consensus.Place.Name).Order().ShouldBe(["Bryansk Oblast", "Kursk Oblast", "Moscow", "Moscow Oblast", "Russia"]);
        all.Single(i => i.Consensus.Place.Name == "Russia").Consensus.Launched.ShouldBe(45, "region counts are not added to the total");
        all.Single(i => i.Consensus.Place.Name == "Moscow").Sources.ShouldBe(2);
        var bryansk = all.Single(i => i.Consensus.Place.Name == "Bryansk Oblast");
        (bryansk.Sources, bryansk.Disputed).ShouldBe((2, true));
        var range = t.Store.GetIncident(bryansk.Id)!.Figures.Single(f => f.Figure == Figure.Intercepted);
        (range.Min, range.Max).ShouldBe((20, 23));
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Town_joins_its_region_but_not_another_day_another_weapon_or_its_own_article(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("k1", "Outlet A", "2024-03-02", "Drones hit Kharkiv region overnight.", Drone(KharkivOblast, "2024-03-02", launched: 6, attacker: "RU")));
        t.Store.Ingest(Article("k2", "Outlet B", "2024-03-03", "A drone hit Chuhuiv, in Kharkiv region.", Drone(Chuhuiv, "2024-03-01", killed: 1, attacker: "RU")))
            .IncidentsJoined.ShouldBe(1, "a town inside the region, a day apart");
        t.Store.Ingest(Article("k3", "Outlet C", "2024-03-05", "Shelling hit Kharkiv region.", Drone(KharkivOblast, "2024-03-05", attacker: "RU")))
            .IncidentsCreated.ShouldBe(1, "three days later is another attack");
        t.Store.Ingest(Article("k4", "Outlet D", "2024-03-02", "Artillery shelled Chuhuiv.", Drone(Chuhuiv, "2024-03-02", mode: AttackMode.Artillery, attacker: "RU")))
            .IncidentsCreated.ShouldBe(1, "shelling is not the drone attack");
        t.Store.Ingest(Article("k5", "Outlet E", "2024-03-02", "Kharkiv and Chuhuiv were hit.",
                Drone(Kharkiv, "2024-03-02", attacker: "RU"), Drone(Chuhuiv, "2024-03-02", attacker: "RU")))
            .IncidentsCreated.ShouldBe(1, "Kharkiv is its own town; Chuhuiv joins the region incident, not Kharkiv's");
        t.Store.Counts().Incidents.ShouldBe(4);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Officials_outrank_an_outlets_own_count_and_disagreeing_officials_are_disputed(string provider)
    {
        const string t1 = "The army said 30 missiles were launched.";
        const string t2 = "Our reporters counted 40 missiles.";
        const string t3 = "The air force said 31 missiles were launched.";
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("m1", "Outlet A", "2024-01-02", t1, Drone(Kharkiv, "2024-01-02", launched: 30, mode: AttackMode.Missile, attacker: "RU").Said(Figure.Launched, "army", t1, t1)));
        t.Store.Ingest(Article("m2", "Outlet B", "2024-01-02", t2, Drone(Kharkiv, "2024-01-02", launched: 40, mode: AttackMode.Missile, attacker: "RU")));
        var id = t.Store.QueryIncidents(new()).Items.Single().Id;
        t.Store.GetIncident(id)!.Summary.Consensus.Launched.ShouldBe(30);
        t.Store.Ingest(Article("m3", "Outlet C", "2024-01-03", t3, Drone(Kharkiv, "2024-01-02", launched: 31, mode: AttackMode.Missile, attacker: "RU").Said(Figure.Launched, "air force", t3, t3)));
        var launched = t.Store.GetIncident(id)!.Figures.Single(f => f.Figure == Figure.Launched);
        (launched.Value, launched.Claimant, launched.Min, launched.Max, launched.Disputed).ShouldBe((31, "air force", 30, 40, true),
            "a tie between officials goes to the latest; the range spans every source");
    }
}
