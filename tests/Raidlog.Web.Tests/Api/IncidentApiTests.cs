using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Raidlog.Web.Tests.Fixtures;

namespace Raidlog.Web.Tests.Api;

public sealed class IncidentApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    async Task<JsonElement> Get(string path)
    {
        var response = await server.Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static string[] Places(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("place").GetString()!).ToArray();

    [Fact]
    public async Task Lists_every_merged_incident_newest_first()
    {
        var page = await Get("/api/incidents");
        page.GetProperty("total").GetInt64().ShouldBe(5);
        Places(page)[0].ShouldBe("Kharkiv");
        var kyiv = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("place").GetString() == "Kyiv");
        kyiv.GetProperty("sources").GetInt32().ShouldBe(2);
        kyiv.GetProperty("disputed").GetBoolean().ShouldBeTrue();
        kyiv.GetProperty("launched").GetInt32().ShouldBe(40);
    }

    [Theory]
    [InlineData("country=RU", new[] { "Belgorod", "Moscow" })]
    [InlineData("mode=artillery", new[] { "Belgorod" })]
    [InlineData("from=2024-09-11&to=2024-09-11", new[] { "Belgorod", "Moscow" })]
    [InlineData("attacker=ua&admin1=Moscow", new[] { "Moscow" })]
    [InlineData("bbox=30,46,31,47", new[] { "Odesa" })]
    [InlineData("disputed=true", new[] { "Kyiv" })]
    public async Task Filters_narrow_the_list(string query, string[] expected)
    {
        Places(await Get($"/api/incidents?{query}&limit=50")).Order().ShouldBe(expected.Order());
    }

    [Fact]
    public async Task Pages_and_sorts()
    {
        var first = await Get("/api/incidents?sort=-launched&limit=2");
        Places(first).ShouldBe(["Kyiv", "Moscow"]);
        first.GetProperty("total").GetInt64().ShouldBe(5);
        Places(await Get("/api/incidents?sort=-launched&limit=2&offset=2")).First().ShouldBe("Odesa");
    }

    [Theory]
    [InlineData("colour=red", "colour")]
    [InlineData("mode=laser", "mode")]
    [InlineData("from=yesterday", "from")]
    [InlineData("limit=0", "limit")]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("sort=size", "sort")]
    [InlineData("country=Ukraine", "country")]
    public async Task Rejects_unknown_or_malformed_parameters_with_a_problem(string query, string key)
    {
        var response = await server.Client.GetAsync($"/api/incidents?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe(400);
        problem.GetProperty("errors").TryGetProperty(key, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_incident_shows_each_source_with_its_claims_and_marked_evidence()
    {
        var page = await Get("/api/incidents?admin1=Kyiv City");
        var id = page.GetProperty("items")[0].GetProperty("id").GetString();
        var doc = await Get($"/api/incidents/{id}");
        var reports = doc.GetProperty("reports").EnumerateArray().ToList();
        reports.Select(r => r.GetProperty("outlet").GetString()).Order().ShouldBe(["Northern Ledger", "River Courier"]);
        var intercepted = reports.Select(r => r.GetProperty("fields").GetProperty("intercepted").GetInt32()).Order();
        intercepted.ShouldBe([36, 38]);
        var claim = reports.Single(r => r.GetProperty("article").GetString() == "kyiv-courier")
            .GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "intercepted");
        claim.GetProperty("claimant").GetString().ShouldBe("the mayor");
        var sentence = claim.GetProperty("sentence").GetString()!;
        sentence.ShouldStartWith("The mayor said 38 of the 40 drones");
        var mark = claim.GetProperty("mark");
        sentence[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()].ShouldBe("38");
        doc.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("figure").GetString() == "intercepted")
            .GetProperty("disputed").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        foreach (var path in new[] { "/api/incidents/nope", "/api/articles/nope" })
        {
            var response = await server.Client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }
    }

    [Fact]
    public async Task An_article_comes_back_with_its_text_as_a_json_string()
    {
        var article = await Get("/api/articles/kharkiv-hostile");
        article.GetProperty("text").GetString()!.ShouldStartWith(SampleReports.HostileScript);
        article.GetProperty("outlet").GetString().ShouldBe(SampleReports.HostileOutlet);
        article.GetProperty("reports").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Stats_give_day_totals_and_regions()
    {
        var stats = await Get("/api/stats");
        var day = stats.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("date").GetString() == "2024-09-11");
        (day.GetProperty("launched").GetInt64(), day.GetProperty("intercepted").GetInt64(), day.GetProperty("killed").GetInt64(), day.GetProperty("injured").GetInt64())
            .ShouldBe((11L, 11L, 1L, 4L));
        stats.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("country").GetString()).Order().ShouldBe(["RU", "UA"]);
        var filtered = await Get("/api/stats?mode=drone");
        filtered.GetProperty("overall").GetProperty("incidents").GetInt64().ShouldBe(2);
        (await server.Client.GetAsync("/api/stats?offset=1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/incidents");
        paths.ShouldContain("/api/incidents/{id}");
        paths.ShouldContain("/api/stats");
        paths.ShouldContain("/api/export");
        doc.GetProperty("paths").GetProperty("/api/articles").TryGetProperty("post", out _).ShouldBeTrue();
    }
}
