using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Raidlog.Web.Tests.Fixtures;

namespace Raidlog.Web.Tests.Api;

public sealed class IngestApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    static readonly object Article = new
    {
        id = "posted-1", outlet = "Lake Herald", url = "https://herald.example/1", published = "2024-10-02",
        text = "Eight drones flew at Sumy overnight and six were shot down, the regional administration said.",
    };

    HttpRequestMessage Post(object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Posting_without_the_key_is_401_and_stores_nothing(string? key)
    {
        var response = await server.Client.SendAsync(Post(Article, key));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await server.Client.GetAsync("/api/articles/unauthorised-1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Posting_with_the_key_stores_once_and_reports_a_bad_item_without_losing_the_rest()
    {
        var batch = new object[] { Article, new { id = "empty", text = "" }, new { id = "posted-2", text = "Shelling hit Nikopol; one person was wounded." } };
        var response = await server.Client.SendAsync(Post(batch, ServerFixture.ApiKey));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        (result.GetProperty("stored").GetInt32(), result.GetProperty("failed").GetInt32()).ShouldBe((2, 1));
        result.GetProperty("articles")[1].GetProperty("error").GetString()!.ShouldContain("article 1");

        var stored = await server.Client.GetFromJsonAsync<JsonElement>("/api/articles/posted-1");
        stored.GetProperty("outlet").GetString().ShouldBe("Lake Herald");

        var again = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(Article),
            Headers = { Authorization = new("Bearer", ServerFixture.ApiKey) },
        });
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicates").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        var response = await server.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Body is not JSON");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_a_413_problem()
    {
        var text = new string('x', 31 * 1024 * 1024);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(new { id = "huge", text }) };
        request.Headers.Add("X-Api-Key", ServerFixture.ApiKey);
        var response = await server.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await server.Client.GetAsync("/api/articles/huge")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
