using Raidlog.Geography;
using Raidlog.Recognition.Times;

namespace Raidlog.Incidents.Assembly;

/// <summary>A figure that waits for the first place the report names, with the official's place when one was quoted.</summary>
sealed record Waiting(Frame Frame, IncidentAssembler.Said Said, Place? Office);

/// <summary>
/// The incidents of one article while it is read: one draft per place per day, in the order they were first told
/// of, and what the sentences so far have set up for the next one.
/// </summary>
sealed class ArticleDrafts(string? docCountry)
{
    readonly Dictionary<(string, DateOnly?), IncidentDraft> _drafts = [];

    public List<IncidentDraft> Order { get; } = [];
    /// <summary>The country most of the article's places lie in.</summary>
    public string? DocCountry { get; } = docCountry;
    /// <summary>The incident the last sentence told of.</summary>
    public IncidentDraft? LastDraft { get; set; }
    /// <summary>All the incidents the last sentence that told of any told of.</summary>
    public List<IncidentDraft> LastTold { get; set; } = [];
    /// <summary>The place the last official quoted speaks for ("the governor of Kursk").</summary>
    public Place? Office { get; set; }
    /// <summary>The last attack sentence named a country as the target: placeless totals are its.</summary>
    public bool CountryInFocus { get; set; }
    public List<Waiting> Waiting { get; } = [];

    public IncidentDraft Draft(Place place, DateOnly? date)
    {
        var key = (place.Name.ToLowerInvariant(), date);
        if (!_drafts.TryGetValue(key, out var d)) { _drafts[key] = d = new IncidentDraft(place, date); Order.Add(d); }
        return d;
    }

    /// <summary>The drafts once the article is read, with the places told twice folded into one.</summary>
    public List<IncidentDraft> Folded() => PlacedTolls(FoldIntoTown(FoldNamesakes(Order)));

    /// <summary>
    /// "At least four people have been killed in a Russian drone attack on Ukraine", then "four people were killed
    /// when a downed rocket landed in the Shevchenko district": a country's toll that one place of it gives again, the
    /// same on the same day, is that place's told first. The country keeps its weapon counts.
    /// </summary>
    static List<IncidentDraft> PlacedTolls(List<IncidentDraft> drafts)
    {
        foreach (var country in drafts.Where(d => d.Place.Precision == PlacePrecision.Country))
            foreach (var figure in country.Figures.Keys.Where(f => f.CountsPeople()).ToList())
            {
                int toll = country.Figures[figure].Total;
                var same = drafts.Where(d => d.Place.Precision != PlacePrecision.Country && d.Place.Country == country.Place.Country
                    && (d.Date == country.Date || YearUnknown.NoDay(d.Date) || YearUnknown.NoDay(country.Date))
                    && d.Figures.TryGetValue(figure, out var parts) && parts.Total == toll).ToList();
                if (toll > 0 && same.Count == 1) country.Drop(figure);
            }
        return drafts;
    }

    /// <summary>A capital city with a region of its own name ("Moscow", "the Moscow region") is told as one attack when
    /// each gives figures the other lacks (drones "flying at Moscow" downed over the region).</summary>
    static bool Complementary(IncidentDraft a, IncidentDraft b) =>
        !a.Figures.Any(f => f.Value.Total > 0 && b.Figures.TryGetValue(f.Key, out var other) && other.Total > 0);

    /// <summary>Both give a toll, differently ("18 killed across the Gaza Strip", "five killed in Gaza"): two attacks' tolls.
    /// Weapon counts may differ in one attack told twice (the mayor's and the region's).</summary>
    static bool Conflicting(IncidentDraft a, IncidentDraft b) =>
        a.Figures.Any(f => f.Key.CountsPeople() && f.Value.Total > 0 && b.Figures.TryGetValue(f.Key, out var other) && other.Total > 0 && other.Total != f.Value.Total);

    /// <summary>
    /// "Belgorod" and "the Belgorod region" on one day are, in nearly every report, one attack told twice (the
    /// governor's city and his region): the two drafts become one, named as the one with more figures. Not a region
    /// named in a list of regions: that is one part of a wave.
    /// </summary>
    static List<IncidentDraft> FoldNamesakes(List<IncidentDraft> drafts)
    {
        var result = new List<IncidentDraft>(drafts);
        foreach (var region in drafts.Where(d => d.Place.Precision == PlacePrecision.Region && !d.InRegionList))
        {
            var town = result.FirstOrDefault(t => t.Place.Precision == PlacePrecision.Town && t.Date == region.Date
                && t.Place.Country == region.Place.Country && (t.Place.Admin1 == region.Place.Admin1 && !Conflicting(t, region) || Complementary(t, region))
                && region.Place.Name.StartsWith(t.Place.Name, StringComparison.OrdinalIgnoreCase));
            if (town is null) continue;
            var (keep, fold) = region.Figures.Count > town.Figures.Count ? (region, town) : (town, region);
            keep.Absorb(fold);
            result.Remove(fold);
        }
        return result;
    }

    /// <summary>
    /// "a hospital in the Zaporizhzhia region was bombed, one boy dead and four injured", then "the village of
    /// Malokaterynivka": casualties told of a region on a day the report names one town of it (or on a day not
    /// given, "it comes after ...") are that town's. Interceptions over a region stay the region's.
    /// </summary>
    static List<IncidentDraft> FoldIntoTown(List<IncidentDraft> drafts)
    {
        var result = new List<IncidentDraft>(drafts);
        foreach (var region in drafts.Where(d => IsFirstLevel(d.Place) && d.Figures.Keys.All(f => f.CountsPeople())))
        {
            var towns = result.Where(t => t.Place.Precision == PlacePrecision.Town && (t.Date == region.Date || YearUnknown.NoDay(region.Date)) && Inside(t.Place, region.Place)).ToList();
            if (towns.Count != 1 || Conflicting(towns[0], region)) continue;
            towns[0].Absorb(region);
            result.Remove(region);
        }
        return result;
    }

    /// <summary>A first-level region itself (the Zaporizhzhia region), not a village located only by its region.</summary>
    public static bool IsFirstLevel(Place p) => p.Precision == PlacePrecision.Region && p.CanonicalName == p.Admin1;

    /// <summary>A place finer than a region that lies in it.</summary>
    public static bool Inside(Place part, Place region) =>
        part.Precision < PlacePrecision.Region && part.Country == region.Country && part.Admin1 == region.Admin1;
}
