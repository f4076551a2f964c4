using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Raidlog.Web.Tests.Fixtures;

namespace Raidlog.Web.Tests.Browser;

/// <summary>The dashboard in headless Chromium over a real server holding <see cref="SampleReports"/>.</summary>
public sealed class DashboardTests(ServerFixture server, Chromium chromium) : IClassFixture<ServerFixture>, IClassFixture<Chromium>, IAsyncLifetime
{
    IPage page = null!;
    readonly List<string> dialogs = [];
    readonly List<string> pageErrors = [];

    public async Task InitializeAsync()
    {
        page = await chromium.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 820 }, BaseURL = server.BaseAddress.ToString() });
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        page.PageError += (_, error) => pageErrors.Add(error);
    }

    public async Task DisposeAsync() => await page.Context.CloseAsync();

    async Task Open(string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("body[data-ready='1']", new() { Timeout = 30_000 });
    }

    Task Shot(string name) => page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Screenshots, $"{name}.png") });

    async Task<string> IdOf(string place)
    {
        var list = await server.Client.GetFromJsonAsync<JsonElement>($"/api/incidents?text={Uri.EscapeDataString(place)}");
        return list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("place").GetString() == place).GetProperty("id").GetString()!;
    }

    /// <summary>Markers drawn one by one, plus those counted inside cluster bubbles, once the clusters have settled:
    /// while a cluster animates, its markers are drawn both alone and inside its bubble.</summary>
    async Task<int> MarkersShown()
    {
        async Task<int> Count()
        {
            var single = await page.Locator("path.incident-marker").CountAsync();
            var clustered = await page.Locator(".marker-cluster span").AllTextContentsAsync();
            return single + clustered.Sum(int.Parse);
        }
        var (last, same) = (-1, 0);
        for (var tries = 0; tries < 100 && same < 3; tries++)
        {
            await Task.Delay(100);
            var n = await page.Locator(".leaflet-cluster-anim").CountAsync() > 0 ? -1 : await Count();
            (last, same) = n >= 0 && n == last ? (n, same + 1) : (n, 0);
        }
        return last;
    }

    [Fact]
    public async Task The_map_shows_every_incident_and_a_click_opens_its_sources_side_by_side()
    {
        await Open("/");
        (await page.GetAttributeAsync("#map", "data-markers")).ShouldBe("5");
        (await MarkersShown()).ShouldBe(5);

        var kyiv = await IdOf("Kyiv");
        await page.Locator($"path.incident-{kyiv}").ClickAsync();
        await page.WaitForSelectorAsync($"#panel-body[data-incident='{kyiv}']");
        (await page.Locator("#panel th.source").AllTextContentsAsync()).Order().ShouldBe(["Northern Ledger", "River Courier"]);
        (await page.Locator("#panel tr.disagree th").AllTextContentsAsync()).ShouldContain("Intercepted");
        (await page.Locator("#panel td.differs").CountAsync()).ShouldBe(1);
        (await page.Locator("#panel mark").AllTextContentsAsync()).ShouldContain("38");
        page.Url.ShouldContain($"incident={kyiv}");
        await Shot("dashboard-incident");
        pageErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_timeline_shows_day_totals_and_brushing_filters_the_map()
    {
        await Open("/");
        (await page.GetAttributeAsync("#timeline", "data-days")).ShouldBe("3");
        // Three days span the plot evenly, so the middle of it is 2024-09-11.
        var over = (await page.Locator("#timeline .u-over").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(over.X + over.Width / 2, over.Y + over.Height / 2);
        var legend = await Legend();
        legend["Day"].ShouldBe("2024-09-11");
        (legend["Launched"], legend["Intercepted"], legend["Killed"], legend["Injured"]).ShouldBe(("11", "11", "1", "4"));
        await Shot("dashboard-timeline");

        // Drag across the first two days: the map keeps the incidents of 10 and 11 September only.
        // The box is measured again because the screenshot may have re-laid the page out.
        over = (await page.Locator("#timeline .u-over").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(over.X + over.Width * 0.05f, over.Y + 20);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(over.X + over.Width * 0.6f, over.Y + 20, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        // The dashboard writes its filters with history.replaceState, so wait on the URL itself, not on a navigation.
        await page.WaitForFunctionAsync("() => location.search === '?from=2024-09-10&to=2024-09-11'");
        await page.WaitForSelectorAsync("#map[data-markers='4']");
        (await page.InputValueAsync("input[name=from]")).ShouldBe("2024-09-10");
    }

    async Task<Dictionary<string, string>> Legend()
    {
        var rows = page.Locator("#timeline .u-legend tr.u-series");
        var legend = new Dictionary<string, string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
            legend[(await rows.Nth(i).Locator("th").TextContentAsync())!.Trim()] = (await rows.Nth(i).Locator("td").TextContentAsync())!.Trim();
        return legend;
    }

    [Fact]
    public async Task A_hostile_article_renders_as_inert_text()
    {
        var kharkiv = await IdOf("Kharkiv");
        await Open($"/?incident={kharkiv}");
        await page.WaitForSelectorAsync($"#panel-body[data-incident='{kharkiv}']");
        await Shot("dashboard-hostile");

        (await page.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldBeNull();
        dialogs.ShouldBeEmpty();
        var panel = page.Locator("#panel-body");
        (await panel.Locator("img, script, b[onmouseover]").CountAsync()).ShouldBe(0);
        (await panel.Locator("a[href^='javascript']").CountAsync()).ShouldBe(0);
        (await panel.Locator(".unsafe-url").TextContentAsync()).ShouldBe("original article");
        (await panel.Locator("th.source").TextContentAsync()).ShouldBe(SampleReports.HostileOutlet);
        var sentence = await panel.Locator("q").First.TextContentAsync();
        sentence.ShouldStartWith(SampleReports.HostileScript);
        await panel.Locator(".unsafe-url").ClickAsync();
        (await page.EvaluateAsync<string?>("() => window.__pwned ?? null")).ShouldBeNull();
    }

    [Fact]
    public async Task Filters_live_in_the_url_and_the_table_downloads_the_same_rows_as_csv()
    {
        await Open("/?country=RU&view=table");
        await page.WaitForSelectorAsync("#incidents tbody tr");
        (await page.Locator("#incidents tbody tr").CountAsync()).ShouldBe(2);
        (await page.InputValueAsync("select[name=country]")).ShouldBe("RU");

        await page.SelectOptionAsync("select[name=mode]", "drone");
        await page.WaitForURLAsync("**/?country=RU&mode=drone&view=table");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#incidents tbody tr').length === 1");
        await Shot("dashboard-table");

        var csv = await page.GetAttributeAsync("#csv", "href");
        csv.ShouldBe("/api/export?country=RU&mode=drone&format=csv");
        var body = await (await page.APIRequest.GetAsync(csv!)).TextAsync();
        body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
    }
}
