using System.Text.Json;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Web.Api.Wire;

namespace Raidlog.Web.Tests.Api;

public class IncidentItemTests
{
    static JsonElement Wire(Incident i) =>
        JsonSerializer.SerializeToElement(IncidentItem.From("abc", i, 2, false), new JsonSerializerOptions(JsonSerializerDefaults.Web));

    [Fact]
    public void An_incident_whose_reports_give_no_year_shows_their_day_and_no_date()
    {
        var wire = Wire(new Incident { Place = new Place("Moscow", "Moscow", "RU"), DayWithoutYear = new MonthDay(5, 3) });
        wire.GetProperty("date").ValueKind.ShouldBe(JsonValueKind.Null);
        wire.GetProperty("day").GetString().ShouldBe("--05-03");
    }

    [Fact]
    public void A_dated_incident_has_no_separate_day()
    {
        var wire = Wire(new Incident { Place = new Place("Moscow", "Moscow", "RU"), Date = new DateOnly(2023, 5, 30) });
        wire.GetProperty("date").GetString().ShouldBe("2023-05-30");
        wire.GetProperty("day").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
