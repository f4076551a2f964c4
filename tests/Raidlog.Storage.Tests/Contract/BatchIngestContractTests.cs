using System.Text;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Storage.Export;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>
/// IngestMany writes a batch in one transaction with deferred multi-row inserts and in-memory merging; it must
/// leave exactly the state that ingesting the same articles one at a time leaves — run against SQLite and PostgreSQL.
/// </summary>
public class BatchIngestContractTests
{
    /// <summary>Reports that merge within the batch and with what was stored before it, a duplicate text, a reused id, figure updates.</summary>
    static List<Extraction> Articles()
    {
        const string a = "Officials said ten drones flew at Kursk region and eight were downed.";
        const string b = "The governor said eleven drones were shot down over the Kursk region; a woman was hurt.";
        const string c = "Kharkiv was struck by two missiles, killing one, the mayor said.";
        const string d = "The mayor raised the toll in Kharkiv to three.";
        return
        [
            Article("early", "Outlet A", "2024-05-03", a, Drone(Kursk, "2024-05-03", launched: 10, intercepted: 8).Said(Figure.Intercepted, "officials", a, a)),
            Article("dup", "Outlet A", "2024-05-03", "Drones over Bryansk.", Drone(Bryansk, "2024-05-03", launched: 4)),
            Article("later", "Outlet B", "2024-05-03", b, Drone(Kursk, "2024-05-03", intercepted: 11, injured: 1).Said(Figure.Intercepted, "the governor", b, b)),
            Article("dup-copy", "Outlet C", "2024-05-04", "Drones over Bryansk.", Drone(Bryansk, "2024-05-03", launched: 4)),
            Article("later", "Outlet C", "2024-05-04", c, Drone(Kharkiv, "2024-05-04", launched: 2, killed: 1, mode: AttackMode.Missile, attacker: "RU").Said(Figure.Killed, "the mayor", c, c)),
            Article("update", "Outlet A", "2024-05-05", d, Drone(Kharkiv, "2024-05-04", killed: 3, mode: AttackMode.Missile, attacker: "RU").Said(Figure.Killed, "the mayor", d, d)),
            Article("both", "Outlet D", "2024-05-04", "Kursk and Kharkiv, again.", Drone(Kursk, "2024-05-04", launched: 10), Drone(KharkivOblast, "2024-05-04", mode: AttackMode.Missile)),
        ];
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_batch_leaves_the_same_state_as_one_article_at_a_time(string provider)
    {
        var articles = Articles();
        using var single = TestStores.Create(provider);
        var one = articles.Select(single.Store.Ingest).ToList();
        using var batched = TestStores.Create(provider);
        var first = batched.Store.IngestMany(articles[..2]);   // some stored before the batch, to merge with
        var rest = batched.Store.IngestMany(articles[2..]);

        first.Concat(rest).ShouldBe(one);
        one.Count(o => o.Duplicate).ShouldBe(1);
        one.Sum(o => o.Revisions).ShouldBeGreaterThan(0, "the test must cover a changed consensus");
        batched.Store.Counts().ShouldBe(single.Store.Counts());
        Snapshot(batched.Store).ShouldBe(Snapshot(single.Store));
        var kharkiv = batched.Store.QueryIncidents(new() { Country = "UA" }).Items.Single(i => i.Consensus.Place.Name == "Kharkiv");
        batched.Store.GetIncident(kharkiv.Id)!.Revisions.Select(r => (r.Field, r.OldValue, r.NewValue, r.ArticleId))
            .ShouldBe(single.Store.GetIncident(kharkiv.Id)!.Revisions.Select(r => (r.Field, r.OldValue, r.NewValue, r.ArticleId)));
        batched.Store.GetArticle("later-" + Hash(articles[4]))!.Reports.Single().Claims.Single().Claimant.ShouldBe("the mayor");
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_failed_batch_stores_none_of_its_articles(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.IngestMany(Articles()[..1]);
        var bad = Article("bad", "Outlet A", "2024-05-06", "A report whose outlet is not text.", Drone(Kursk, "2024-05-06")) is var e
            ? e with { Article = e.Article with { Metadata = e.Article.Metadata with { Language = null! } } } : null!;
        Should.Throw<Exception>(() => t.Store.IngestMany([Articles()[2], bad]));
        t.Store.Counts().ShouldBe(new Views.StoreCounts(1, 1, 1, 0), "the good article of the failed batch is rolled back with it");
    }

    static string Hash(Extraction e) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(e.Article.Text)))[..10];

    static string Snapshot(IRaidlogStore store)
    {
        var buffer = new MemoryStream();
        IncidentJsonl.Write(buffer, store.Export(new()));
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
