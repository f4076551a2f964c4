using Raidlog.Incidents;
using static Raidlog.Storage.Tests.Reports;

namespace Raidlog.Storage.Tests.Contract;

/// <summary>Storing articles: idempotence, ids, hostile text kept verbatim — run against SQLite and PostgreSQL.</summary>
public class IngestContractTests
{
    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void The_same_content_twice_is_stored_once(string provider)
    {
        const string text = "Two drones were downed over Kursk region on Friday.";
        using var t = TestStores.Create(provider);
        var first = t.Store.Ingest(Article("kursk", "Outlet A", "2024-05-03", text, Drone(Kursk, "2024-05-03", intercepted: 2)));
        var again = t.Store.Ingest(Article("kursk-copy", "Outlet B", "2024-05-04", text, Drone(Kursk, "2024-05-03", intercepted: 2)));

        first.Duplicate.ShouldBeFalse();
        (again.Duplicate, again.ArticleId).ShouldBe((true, "kursk"));
        t.Store.Counts().ShouldBe(new Views.StoreCounts(1, 1, 1, 0));
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void Hostile_text_and_ids_are_stored_verbatim_and_never_run_as_sql(string provider)
    {
        const string id = "x'); DROP TABLE articles; --";
        const string text = "Robert'); DROP TABLE incidents;-- said 3 drones hit <script>alert(1)</script> 100% of _targets_.";
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article(id, "O'Brien \"Daily\"", "2024-05-03", text, Drone(Kursk, "2024-05-03", launched: 3).Said(Figure.Launched, "Robert'); DROP", text, text)));
        t.Store.Ingest(Article("same-name", "A", "2024-05-03", "first text", Drone(Kursk, "2024-05-03", launched: 3)));
        t.Store.Ingest(Article("same-name", "B", "2024-05-03", "second text"));

        var article = t.Store.GetArticle(id).ShouldNotBeNull();
        (article.Text, article.Metadata.Outlet).ShouldBe((text, "O'Brien \"Daily\""));
        article.Reports.Single().Claims.Single().Text.ShouldBe(text);
        t.Store.Counts().Articles.ShouldBe(3, "two files with one name are two articles");
        t.Store.GetArticle("same-name")!.Text.ShouldBe("first text");
        t.Store.QueryIncidents(new() { Text = "10%" }).Total.ShouldBe(0, "wildcards in a search are literal");
        t.Store.QueryIncidents(new() { Text = "3 drone_" }).Total.ShouldBe(0, "wildcards in a search are literal");
        t.Store.QueryIncidents(new() { Text = "100% of _targets_" }).Total.ShouldBe(1);
        t.Store.QueryIncidents(new() { Text = "alert(1)" }).Total.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void An_article_links_to_its_reports_and_their_incidents(string provider)
    {
        const string text = "Five drones over Bryansk, two over Kursk.";
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("two", "Outlet A", "2024-05-03", text, Drone(Bryansk, "2024-05-03", intercepted: 5), Drone(Kursk, "2024-05-03", intercepted: 2)));

        var article = t.Store.GetArticle("two").ShouldNotBeNull();
        article.Metadata.Published.ShouldBe(new DateOnly(2024, 5, 3));
        article.Hash.Length.ShouldBe(64);
        article.Reports.Select(r => (r.Ordinal, r.Report.Place.Name)).ShouldBe([(0, "Bryansk Oblast"), (1, "Kursk Oblast")]);
        article.Reports.Select(r => r.IncidentId).Distinct().Count().ShouldBe(2);
        t.Store.GetArticle("missing").ShouldBeNull();
        t.Store.GetIncident("missing").ShouldBeNull();
    }

    [Theory, MemberData(nameof(TestStores.Providers), MemberType = typeof(TestStores))]
    public void A_report_whose_country_the_extractor_could_not_tell_is_still_stored(string provider)
    {
        using var t = TestStores.Create(provider);
        t.Store.Ingest(Article("where", "A", "2024-05-03", "A drone fell somewhere.", Drone(Kursk with { Country = null! }, "2024-05-03")));
        t.Store.QueryIncidents(new()).Items.Single().Consensus.Place.Country.ShouldBe("");
    }
}
