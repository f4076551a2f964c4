using System.Net.Http.Json;
using System.Text.Json;
using Raidlog.Web.Tests.Fixtures;

namespace Raidlog.Web.Tests.Browser;

/// <summary>The dashboard over real articles (../shared/dev/fusion) as the pipeline stores them; skipped when absent.</summary>
public sealed class DevCorpusTests(DevCorpusServer server, Chromium chromium) : IClassFixture<DevCorpusServer>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Real_reports_load_with_one_marker_per_placed_incident_and_every_outlet_in_the_panel()
    {
        if (!DevCorpusServer.Present) return;
        var list = await server.Client.GetFromJsonAsync<JsonElement>("/api/incidents?limit=1000&sort=-sources");
        var items = list.GetProperty("items").EnumerateArray().ToList();
        items.ShouldNotBeEmpty();
        var placed = items.Count(i => i.GetProperty("lat").ValueKind == JsonValueKind.Number);

        var page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 820 }, BaseURL = server.BaseAddress.ToString() });
        try
        {
            var top = items[0].GetProperty("id").GetString();
            await page.GotoAsync($"/?incident={top}");
            await page.WaitForSelectorAsync("body[data-ready='1']");
            (await page.GetAttributeAsync("#map", "data-markers")).ShouldBe(placed.ToString());
            await page.WaitForSelectorAsync($"#panel-body[data-incident='{top}']");
            var sources = items[0].GetProperty("sources").GetInt32();
            (await page.Locator("#panel th.source").CountAsync()).ShouldBeGreaterThanOrEqualTo(sources);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Screenshots, "dashboard-dev-fusion.png") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
