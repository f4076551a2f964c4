using Raidlog.Articles;
using Raidlog.Incidents;
using Raidlog.Pipeline;

namespace Raidlog.Tests.Corpus;

/// <summary>Whole short reports, written for these tests, through the default pipeline.</summary>
public class ReportTests
{
    static readonly IExtractor Extractor = Extractors.Default();

    static Article Report(string text, string published) => new("report", text, new ArticleMetadata(DateOnly.Parse(published)));

    [Fact]
    public void Evidence_spans_point_at_the_sentences_of_the_original_text()
    {
        var text = "Drone raid on the border\n\nAir defences destroyed nine drones over the Bryansk region overnight, the ministry said.\nNobody was hurt.";
        var incidents = Extractor.Extract(Report(text, "2024-05-02")).Incidents;

        var bryansk = incidents.ShouldHaveSingleItem();
        bryansk.Place.Admin1.ShouldBe("Bryansk Oblast");
        bryansk.Intercepted.ShouldBe(9);
        bryansk.Evidence.ShouldContain(span => span.Of(text).StartsWith("Air defences destroyed nine drones"));
        bryansk.Claims.ShouldContain(c => c.Field == "intercepted" && c.Value == 9);
    }

    [Fact]
    public void A_wave_total_goes_to_the_country_and_each_region_gets_its_own_figure()
    {
        var text = "Russia launched 40 drones at Ukraine overnight. Air defence shot down 12 over the Odesa region and 9 over the Kyiv region.";
        var incidents = Extractor.Extract(Report(text, "2024-05-02")).Incidents;

        incidents.ShouldContain(i => i.Place.Name == "Ukraine" && i.Launched == 40 && i.Attacker == "RU");
        incidents.ShouldContain(i => i.Place.Admin1 == "Odesa Oblast" && i.Intercepted == 12);
        incidents.ShouldContain(i => i.Place.Admin1 == "Kyiv Oblast" && i.Intercepted == 9);
    }

    [Fact]
    public void A_launch_site_and_a_dateline_are_not_incidents()
    {
        var text = "KYIV, May 2 - Russia fired two missiles from the Kursk region at Kharkiv, killing one man.";
        var incidents = Extractor.Extract(Report(text, "2024-05-02")).Incidents;

        incidents.ShouldNotContain(i => i.Place.Admin1 == "Kursk Oblast");
        incidents.ShouldNotContain(i => i.Place.Name == "Kyiv");
        incidents.ShouldContain(i => i.Place.Name == "Kharkiv" && i.Killed == 1);
    }

    [Fact]
    public void Without_a_year_or_a_publication_date_each_incident_keeps_its_month_and_day_but_no_date()
    {
        var text = "Drones struck Kursk on May 3, the governor said. On May 30, eight drones attacked Moscow and five were shot down.";
        var incidents = Extractor.Extract(new Article("report", text, new ArticleMetadata(null))).Incidents;

        incidents.ShouldAllBe(i => i.Date == null);
        incidents.ShouldContain(i => i.Place.Admin1 == "Kursk Oblast" && i.DayWithoutYear == new MonthDay(5, 3));
        incidents.ShouldContain(i => i.Place.Name == "Moscow" && i.DayWithoutYear == new MonthDay(5, 30));
    }

    [Fact]
    public void A_time_without_a_day_gives_no_month_and_day()
    {
        var text = "Eight drones attacked Moscow late last month, the mayor said.";
        var moscow = Extractor.Extract(new Article("report", text, new ArticleMetadata(null))).Incidents.ShouldHaveSingleItem();
        (moscow.Date, moscow.DayWithoutYear).ShouldBe((null, null));
    }
}
