namespace Raidlog.Geography;

public sealed partial class Gazetteer
{
    const double CityRadiusKm = 15;
    // A region named after its city of a million is the city only near it: Isfahan province's Natanz is a town of its own.
    const double CityStateRadiusKm = 40;

    static bool Within(GazetteerEntry e, GazetteerEntry seat, double km) =>
        e.Lat is { } lat && e.Lon is { } lon && seat.Lat is { } sLat && seat.Lon is { } sLon && Kilometres(lat, lon, sLat, sLon) <= km;

    // Built on first use: a region's seat when the region is the city itself (Kyiv City, Moscow, Sevastopol City:
    // named after a city of a million, or called a city),
    // and the cities big enough to have named quarters.
    readonly Lazy<Dictionary<(string?, string?), GazetteerEntry>> _cityStates;
    readonly Lazy<List<GazetteerEntry>> _bigCities;

    readonly Lazy<Dictionary<string, GazetteerEntry>> _capitals;

    public Gazetteer()
    {
        _capitals = new(() => EntryList.Where(e => e is { Kind: EntryKind.Place, FeatureCode: "PPLC", Country: not null })
            .GroupBy(e => e.Country!).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Population)!));
        _cityStates = new(FindCityStates);
        _bigCities = new(() => EntryList.Where(e => e.Kind == EntryKind.Place && e.Population >= 100_000 && e.FeatureCode != "PPLX").ToList());
    }

    public PlaceResolution? CapitalOf(string country) =>
        _capitals.Value.TryGetValue(country, out var c) ? new PlaceResolution(c.ToPlace(), [c.ToPlace()], $"the capital of {country}", c, MatchKind.StandsFor) : null;

    /// <summary>
    /// The city a record names for an entry inside it: a landmark that stands for its city (Red Square),
    /// a district or quarter of a city-region (Holosiiv Raion, Dniprovskyi), or a city's district that GeoNames
    /// lists as a seat of no people (Kharkiv's Kyivskyi district). Null when the entry is a place
    /// of its own: a quarter elsewhere (GeoNames PPLX) may be a suburb village a record names (Razumnoye).
    /// </summary>
    GazetteerEntry? CityOf(GazetteerEntry e, PlaceLevel level)
    {
        if (e.Kind == EntryKind.Landmark)
            return e.Admin2 is { } city ? Names.Find(NameKey.Normalize(city)).Select(h => EntryList[h.Entry])
                .FirstOrDefault(c => c.Kind == EntryKind.Place && c.Country == e.Country && c.Admin1 == e.Admin1) : null;
        bool quarter = e.Kind == EntryKind.Place && (e.FeatureCode == "PPLX" || e.Population == 0);
        if ((e.Kind == EntryKind.District || quarter) && _cityStates.Value.TryGetValue((e.Country, e.Admin1), out var seat) && seat != e
            && (NameKey.Normalize(e.Admin1!).Split(' ').Contains("city") || Within(e, seat, CityStateRadiusKm)))
            return seat;
        // "Kyivskyi district" is a district seat that GeoNames lists with no people of its own, inside a city
        if (quarter && e.Population == 0 && level == PlaceLevel.District && e.Lat is { } lat && e.Lon is { } lon)
            return _bigCities.Value
                .Where(c => c.Country == e.Country && c.Lat is not null && c.Lon is not null)
                .Select(c => (City: c, Km: Kilometres(lat, lon, c.Lat!.Value, c.Lon!.Value)))
                .Where(c => c.Km <= CityRadiusKm).OrderBy(c => c.Km).Select(c => c.City).FirstOrDefault();
        return null;
    }

    Dictionary<(string?, string?), GazetteerEntry> FindCityStates()
    {
        var regions = EntryList.Where(e => e.Kind == EntryKind.Admin1)
            .GroupBy(e => (e.Country, e.Name)).ToDictionary(g => g.Key, g => RegionCore(g.First().Name));
        var states = new Dictionary<(string?, string?), GazetteerEntry>();
        foreach (var e in EntryList)
            if (e.Kind == EntryKind.Place && e.FeatureCode is "PPLC" or "PPLA" && e.Admin1 is { } a1
                && regions.TryGetValue((e.Country, a1), out var core) && core == RegionCore(e.Name)
                && (NameKey.Normalize(a1).Split(' ').Contains("city") || e.Population >= 1_000_000)
                && !Words.NamesRegion(NameKey.Normalize(a1)))
                states[(e.Country, a1)] = e;
        return states;
    }

    static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371, Rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * Rad, dLon = (lon2 - lon1) * Rad;
        double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }
}
