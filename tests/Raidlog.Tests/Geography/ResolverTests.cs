using Raidlog.Geography;

namespace Raidlog.Tests.Geography;

[Collection("gazetteer")]
public sealed class ResolverTests(GazetteerFixture fixture)
{
    readonly Gazetteer _g = fixture.Gazetteer;

    Place Resolve(string name, PlaceContext? context = null) =>
        _g.Resolve(name, context)?.Place ?? throw new Xunit.Sdk.XunitException($"'{name}' did not resolve: {_g.Explain(name, context).Reason}");

    [Theory]
    [InlineData("Kiev", "Kyiv", "Kyiv City", "UA")]
    [InlineData("Kharkov", "Kharkiv", "Kharkiv Oblast", "UA")]
    [InlineData("Odessa", "Odesa", "Odesa Oblast", "UA")]
    [InlineData("Zaporozhye", "Zaporizhzhia", "Zaporizhzhia Oblast", "UA")]
    [InlineData("Dnepr", "Dnipro", "Dnipropetrovsk Oblast", "UA")]
    [InlineData("Nikolaev", "Mykolaiv", "Mykolaiv Oblast", "UA")]
    [InlineData("Lvov", "Lviv", "Lviv Oblast", "UA")]
    [InlineData("Orel", "Oryol", "Oryol Oblast", "RU")]
    [InlineData("Podolsk", "Podolsk", "Moscow Oblast", "RU")]
    [InlineData("Запорожье", "Zaporizhzhia", "Zaporizhzhia Oblast", "UA")]
    [InlineData("Малокатеринівка", "Malokaterynivka", "Zaporizhzhia Oblast", "UA")]
    public void Spellings_resolve_to_the_canonical_town(string query, string name, string admin1, string country)
    {
        var place = Resolve(query);
        (place.Name, place.Admin1, place.Country, place.Precision).ShouldBe((name, admin1, country, PlacePrecision.Town));
    }

    [Theory]
    [InlineData("the Belgorod region", "Belgorod Oblast", "RU")]
    [InlineData("Kyiv region", "Kyiv Oblast", "UA")]
    [InlineData("Moscow region", "Moscow Oblast", "RU")]
    [InlineData("Kharkov oblast", "Kharkiv Oblast", "UA")]
    [InlineData("Crimea", "Crimea", "UA")]
    public void Region_words_give_the_region_not_its_capital(string query, string admin1, string country)
    {
        var place = Resolve(query);
        (place.Admin1, place.Country, place.Precision).ShouldBe((admin1, country, PlacePrecision.Region));
    }

    [Fact]
    public void A_city_named_alone_is_the_city_and_its_federal_region()
    {
        var kyiv = Resolve("Kyiv");
        (kyiv.Admin1, kyiv.Precision).ShouldBe(("Kyiv City", PlacePrecision.Town));
        Resolve("Moscow").Admin1.ShouldBe("Moscow");
        Resolve("Sevastopol").Country.ShouldBe("UA");
    }

    [Theory]
    [InlineData("Black Sea", PlacePrecision.Water, null)]
    [InlineData("Kremlin", PlacePrecision.Town, "RU")]
    [InlineData("Ukraine", PlacePrecision.Country, "UA")]
    [InlineData("Russia", PlacePrecision.Country, "RU")]
    public void Seas_landmarks_and_countries(string query, PlacePrecision precision, string? country)
    {
        var place = Resolve(query);
        (place.Precision, place.Country).ShouldBe((precision, country));
    }

    [Fact]
    public void A_typo_resolves_when_only_one_name_is_close() => Resolve("Kharikv").Name.ShouldBe("Kharkiv");

    [Theory]
    [InlineData("Xqzvillebourg")]
    [InlineData("the")]
    [InlineData("")]
    public void Unknown_names_are_not_guessed(string query) => _g.Resolve(query).ShouldBeNull();

    [Theory]
    [InlineData("Red Square", "Moscow")]
    [InlineData("the Kremlin", "Moscow")]
    [InlineData("Moscow City", "Moscow")]
    [InlineData("Holosiiv Raion", "Kyiv")]
    [InlineData("Kyivskyi district, Kharkiv", "Kharkiv")]
    [InlineData("the Shevchenko district", "Kyiv")] // Shevchenkivskyi Raion: the adjective Ukrainian makes of the name
    [InlineData("Podil district", "Kyiv")]
    public void A_landmark_or_city_district_is_recorded_as_its_city(string query, string city)
    {
        var r = _g.Resolve(query) ?? throw new Xunit.Sdk.XunitException($"'{query}' did not resolve");
        (r.Place.Name, r.Place.Precision).ShouldBe((city, PlacePrecision.Town));
    }

    [Fact]
    public void Suburb_villages_stay_themselves() => Resolve("Razumnoye", new PlaceContext(["RU"], ["Belgorod Oblast"])).Name.ShouldBe("Razumnoye");

    [Theory]
    [InlineData("RU", "Moscow")]
    [InlineData("UA", "Kyiv")]
    [InlineData("SY", "Damascus")]
    public void A_country_has_its_capital(string country, string city) => _g.CapitalOf(country)!.Place.Name.ShouldBe(city);
}
