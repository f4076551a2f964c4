using System.Net;
using System.Text.Json;
using Raidlog.Web.Tests.Fixtures;

namespace Raidlog.Web.Tests.Api;

public sealed class ExportApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Csv_export_follows_the_filters()
    {
        var response = await server.Client.GetAsync("/api/export?format=csv&country=RU");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("event_id,event_date");
        lines.Length.ShouldBe(3);
    }

    [Fact]
    public async Task Geojson_and_jsonl_hold_every_incident()
    {
        var geo = JsonDocument.Parse(await server.Client.GetStringAsync("/api/export?format=geojson"));
        geo.RootElement.GetProperty("features").GetArrayLength().ShouldBe(5);
        var jsonl = (await server.Client.GetStringAsync("/api/export?format=jsonl&mode=drone")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        jsonl.Length.ShouldBe(2);
        jsonl.ShouldAllBe(line => JsonDocument.Parse(line, default).RootElement.GetProperty("mode").GetString() == "drone");
    }

    [Fact]
    public async Task An_unknown_format_is_a_400()
    {
        (await server.Client.GetAsync("/api/export?format=xlsx")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
