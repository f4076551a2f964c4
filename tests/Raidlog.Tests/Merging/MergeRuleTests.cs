using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Merging;

namespace Raidlog.Tests.Merging;

public class MergeRuleTests
{
    static Incident At(string name, string? admin1, string country = "RU", string? date = "2024-08-21", AttackMode mode = AttackMode.Drone,
        string? attacker = "UA", PlacePrecision precision = PlacePrecision.Town) => new()
    {
        Date = date is null ? null : DateOnly.Parse(date),
        Place = new Place(name, admin1, country, Precision: precision),
        Mode = mode,
        Attacker = attacker,
    };

    [Theory]
    [InlineData("Moscow", "Moscow", "Moscow", null, true)]                   // one source could not tell the region
    [InlineData("Podolsk", "Moscow Oblast", "Moscow Oblast", "Moscow Oblast", true)]  // a town inside the region
    [InlineData("Moscow", "Moscow", "Moscow Oblast", "Moscow Oblast", false)] // the city is not the oblast around it
    [InlineData("Kyiv", "Kyiv City", "Kyiv Oblast", "Kyiv Oblast", false)]
    [InlineData("Podolsk", "Moscow Oblast", "Kolomna", "Moscow Oblast", false)] // two towns of one region are two attacks
    [InlineData("the Belgorod region", "Belgorod Oblast", "Belgorod Oblast", "Belgorod Oblast", true)]
    public void Places_are_compatible_when_one_is_the_other_or_inside_its_region(string a, string? aAdmin, string b, string? bAdmin, bool same) =>
        MergeRule.Compatible(At(a, aAdmin), At(b, bAdmin)).ShouldBe(same);

    [Fact]
    public void Between_two_incidents_as_close_the_one_told_in_full_is_chosen()
    {
        // an article's side mention of the same day ("two drones") beside its full account (8 launched, 5 downed)
        var mention = At("Moscow", "Moscow") with { Launched = 2 };
        var account = At("Moscow", "Moscow") with { Launched = 8, Intercepted = 5, Suppressed = 3 };
        MergeRule.Choose(At("Moscow", "Moscow"), new[] { mention, account }, x => x).ShouldBeSameAs(account);
        MergeRule.Choose(At("Moscow", "Moscow"), new[] { account, mention }, x => x).ShouldBeSameAs(account);
    }

    [Fact]
    public void A_wave_total_never_merges_with_a_region_but_does_with_another_total()
    {
        var total = At("Russia", null, precision: PlacePrecision.Country);
        MergeRule.Compatible(total, At("Bryansk Oblast", "Bryansk Oblast", precision: PlacePrecision.Region)).ShouldBeFalse();
        MergeRule.Compatible(total, At("Russia", null, precision: PlacePrecision.Country)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-08-22", AttackMode.Drone, "UA", true)]
    [InlineData("2024-08-23", AttackMode.Drone, "UA", false)]
    [InlineData("2024-08-21", AttackMode.Mixed, "UA", true)]
    [InlineData("2024-08-21", AttackMode.Unknown, null, true)]
    [InlineData("2024-08-21", AttackMode.Artillery, "UA", false)]
    [InlineData("2024-08-21", AttackMode.Air, "UA", false)]
    [InlineData("2024-08-21", AttackMode.Drone, "RU", false)]
    public void Dates_within_a_day_and_compatible_weapons_and_attackers(string date, AttackMode mode, string? attacker, bool same) =>
        MergeRule.Compatible(At("Kursk", "Kursk Oblast", date: date, mode: mode, attacker: attacker), At("Kursk", "Kursk Oblast")).ShouldBe(same);

    [Fact]
    public void A_rocket_attack_called_shelling_by_one_outlet_and_a_missile_strike_by_another_is_one_attack()
    {
        var missile = At("Dnipro", "Dnipropetrovsk Oblast", "UA", mode: AttackMode.Missile, attacker: "RU");
        var shelling = At("Dnipro", "Dnipropetrovsk Oblast", "UA", mode: AttackMode.Artillery, attacker: "RU");
        MergeRule.Compatible(missile, shelling).ShouldBeTrue();
        MergeRule.Choose(missile, new[] { shelling, missile with { } }, x => x).ShouldNotBeSameAs(shelling, "the same mode is preferred");
    }

    [Fact]
    public void An_undated_report_joins_only_the_very_same_place()
    {
        MergeRule.Compatible(At("Moscow", "Moscow", date: null), At("Moscow", "Moscow")).ShouldBeTrue();
        MergeRule.Compatible(At("Podolsk", "Moscow Oblast", date: null), At("Moscow Oblast", "Moscow Oblast")).ShouldBeFalse();
    }

    [Fact]
    public void The_best_candidate_shares_the_most()
    {
        var region = At("Kursk Oblast", "Kursk Oblast", date: "2024-08-20");
        var town = At("Kursk", "Kursk Oblast");
        MergeRule.Choose(At("Kursk", "Kursk Oblast"), new[] { region, town }, x => x).ShouldBeSameAs(town);
        MergeRule.Choose(At("Kursk", "Kursk Oblast", country: "UA"), new[] { region, town }, x => x).ShouldBeNull();
    }

    [Fact]
    public void Two_spellings_of_one_gazetteer_place_are_the_same_place()
    {
        var younis = At("Khan Younis", "Gaza Strip", "PS") with { Place = new Place("Khan Younis", "Gaza Strip", "PS", Canonical: "Khān Yūnis") };
        var yunis = At("Khan Yunis", "Gaza Strip", "PS") with { Place = new Place("Khan Yunis", "Gaza Strip", "PS", Canonical: "Khān Yūnis") };
        MergeRule.SamePlace(younis.Place, yunis.Place).ShouldBeTrue();
        MergeRule.Compatible(younis, yunis).ShouldBeTrue();
        MergeRule.Compatible(younis, At("Khan Yunis", "Gaza Strip", "PS")).ShouldBeFalse("a spelling the gazetteer did not tie to the place stays apart");
    }

    static Incident Yearless(string name, string? admin1, int month, int day) =>
        At(name, admin1, "UA", date: null, attacker: null) with { DayWithoutYear = new MonthDay(month, day) };

    [Theory]
    [InlineData("2024-05-28", true)]
    [InlineData("2024-05-29", true)]
    [InlineData("2024-05-27", true)]
    [InlineData("2024-05-30", false)]
    [InlineData("2021-05-26", false)]
    public void A_day_without_a_year_joins_a_dated_incident_only_within_a_day_of_it_in_any_year(string date, bool same)
    {
        var report = Yearless("Kyiv", "Kyiv City", 5, 28);
        var incident = At("Kyiv", "Kyiv City", "UA", date: date, attacker: null);
        MergeRule.Compatible(report, incident).ShouldBe(same);
        MergeRule.Compatible(incident, report).ShouldBe(same, "the other way round: a dated report and a yearless incident");
    }

    [Fact]
    public void Days_without_a_year_compare_across_the_turn_of_the_year_and_with_each_other()
    {
        MergeRule.Compatible(Yearless("Kyiv", "Kyiv City", 12, 31), At("Kyiv", "Kyiv City", "UA", date: "2024-01-01", attacker: null)).ShouldBeTrue();
        MergeRule.Compatible(Yearless("Kyiv", "Kyiv City", 12, 31), Yearless("Kyiv", "Kyiv City", 1, 1)).ShouldBeTrue();
        MergeRule.Compatible(Yearless("Kyiv", "Kyiv City", 5, 28), Yearless("Kyiv", "Kyiv City", 5, 30)).ShouldBeFalse();
        MergeRule.Compatible(Yearless("Kyiv", "Kyiv City", 5, 28), At("Kyiv", "Kyiv City", "UA", date: null, attacker: null)).ShouldBeTrue("no day at all says nothing against it");
    }

    [Fact]
    public void A_day_without_a_year_still_needs_the_very_same_place()
    {
        var region = At("Kyiv Oblast", "Kyiv Oblast", "UA", date: "2024-05-28", attacker: null, precision: PlacePrecision.Region);
        MergeRule.Compatible(Yearless("Bucha", "Kyiv Oblast", 5, 28), region).ShouldBeFalse();
        MergeRule.Compatible(At("Bucha", "Kyiv Oblast", "UA", date: "2024-05-28", attacker: null), region).ShouldBeTrue("a dated town joins its region");
    }

    [Fact]
    public void A_yearless_report_prefers_the_incident_of_its_own_day_to_a_fuller_one_a_day_off()
    {
        var own = At("Kyiv", "Kyiv City", "UA", date: "2024-05-28", attacker: null);
        var nextDay = At("Kyiv", "Kyiv City", "UA", date: "2024-05-29", attacker: null) with { Launched = 30, Intercepted = 28 };
        MergeRule.Choose(Yearless("Kyiv", "Kyiv City", 5, 28), new[] { nextDay, own }, x => x).ShouldBeSameAs(own);
        MergeRule.Choose(Yearless("Kyiv", "Kyiv City", 5, 29), new[] { own, nextDay }, x => x).ShouldBeSameAs(nextDay);
    }
}
