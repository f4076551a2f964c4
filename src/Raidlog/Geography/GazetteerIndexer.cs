namespace Raidlog.Geography;

/// <summary>
/// Fills a gazetteer's indexes from the file: names and alternate names; rule-made romanisations of the
/// Cyrillic names of Russian, Ukrainian and Belarusian places; region keys (a region's name without its
/// region word, and every name of its seat, so "Kharkov region" finds Kharkiv Oblast); and the fuzzy pool.
/// </summary>
sealed class GazetteerIndexer(Gazetteer g)
{
    readonly Dictionary<(string Country, string Admin1), int> _admin1ByName = new();
    readonly Dictionary<string, int> _admin1ByCode = new();
    readonly List<(int Entry, string[] Keys)> _seats = new();
    readonly Dictionary<(string?, string?, string?), List<(int Entry, string[] Keys)>> _districtSeats = new();
    readonly List<int> _districts = new();

    public void Build(string path)
    {
        GazetteerFile.Read(path, Add);
        foreach (var (entry, keys) in _seats)
        {
            var e = g.Entries[entry];
            if (e.Admin1 is null || !_admin1ByName.TryGetValue((e.Country!, e.Admin1), out var region)) continue;
            var core = g.RegionCore(g.Entries[region].Name);
            if (!keys.Contains(core)) continue; // a seat lends its names to the region named after it
            foreach (var key in keys)
            {
                g.RegionIndex.Add(key, region, MatchKind.RegionStem);
                if (CyrillicForms.IsCyrillic(key))
                    foreach (var stem in CyrillicForms.RegionStems(key)) g.RegionIndex.Add(stem, region, MatchKind.RegionStem);
            }
        }
        foreach (var (name, stem, code) in CyrillicForms.RegionNames)
        {
            if (!_admin1ByCode.TryGetValue(code, out var region)) continue;
            g.Names.Add(name, region, MatchKind.Name); // "Крым" alone is Crimea, not a village of that name
            g.RegionIndex.Add(stem, region, MatchKind.RegionStem);
            // "Orlov region" is Орловская область romanised without its adjective ending.
            foreach (var latin in Transliterator.AllVariants(stem))
            {
                g.RegionIndex.Add(latin, region, MatchKind.RegionStem);
                if (latin.EndsWith("sk", StringComparison.Ordinal) && latin.Length > 5)
                    g.RegionIndex.Add(latin[..^2], region, MatchKind.RegionStem);
            }
        }
        foreach (var district in _districts) AddDistrictSeat(district);
    }

    /// <summary>
    /// "Brovary district" is Brovarskyi Raion: a district lends the names of its seat when the two share a stem
    /// (brovar-y / brovar-sky, kantemirov-ka / kantemirov-sky).
    /// </summary>
    void AddDistrictSeat(int district)
    {
        var d = g.Entries[district];
        if (!_districtSeats.TryGetValue((d.Country, d.Admin1, d.Name), out var seats)) return;
        var core = g.RegionCore(d.Name);
        foreach (var (seat, keys) in seats)
        {
            if (!keys.Any(k => SharesStem(k, core))) continue;
            foreach (var key in keys) g.RegionIndex.Add(key, district, MatchKind.RegionStem);
        }
    }

    static bool SharesStem(string a, string b)
    {
        int common = 0, shorter = Math.Min(a.Length, b.Length);
        while (common < shorter && a[common] == b[common]) common++;
        return common >= 4 && common >= shorter - 2;
    }

    void Add(GazetteerEntry entry, string[] names)
    {
        int id = g.EntryList.Count;
        g.EntryList.Add(entry);
        var keys = new List<string>(names.Length + 4);
        var canonical = NameKey.Normalize(entry.Name);
        if (!TooShortFor(canonical, entry)) g.Names.Add(canonical, id, MatchKind.Name);
        keys.Add(canonical);
        var fuzzyKeys = new List<string> { canonical }; // typos are checked against the main and romanised names only
        bool cyrillicPlace = entry.Kind == EntryKind.Place && entry.Country is { } cc && CyrillicForms.Countries.Contains(cc);
        foreach (var name in names)
        {
            var key = NameKey.Normalize(name);
            if (key.Length < 2 || !IsUsefulAlternate(name, entry.Kind) || TooShortFor(key, entry)) continue;
            g.Names.Add(key, id, MatchKind.AltName);
            keys.Add(key);
            if (cyrillicPlace && key[0] is >= '\u0400' and <= '\u04FF')
                foreach (var latin in Transliterator.AllVariants(NameKey.Normalize(name, keepYo: true)))
                {
                    g.Names.Add(latin, id, MatchKind.Transliteration);
                    keys.Add(latin);
                    fuzzyKeys.Add(latin);
                }
        }
        foreach (var key in keys.ToArray())
            if (NameVariants.WithoutArticle(key) is { } bare) { g.Names.Add(bare, id, MatchKind.Transliteration); keys.Add(bare); }
        if (entry.Kind == EntryKind.Place && entry.Country == "UA")
            foreach (var key in keys.ToArray())
                if (key[0] < 128 && NameVariants.UkrainianVowels(key) is { } ukrainian) { g.Names.Add(ukrainian, id, MatchKind.Transliteration); keys.Add(ukrainian); }
        if (NameSkeleton.IsRomanised(entry.Country) && entry.Kind is EntryKind.Place or EntryKind.District or EntryKind.Admin1)
            foreach (var key in keys.Distinct())
                if (NameSkeleton.Of(key) is { } skeleton) g.Names.Add(skeleton, id, MatchKind.Romanisation);
        switch (entry.Kind)
        {
            case EntryKind.Admin1 or EntryKind.District:
                g.RegionIndex.Add(g.RegionCore(entry.Name), id, MatchKind.Name);
                // "Graivoronsky district" is Grayvoronskiy Rayon: romanised region adjectives vary in their vowels
                if ((NameSkeleton.IsRomanised(entry.Country) || entry.Country is { } c && CyrillicForms.Countries.Contains(c))
                    && NameSkeleton.Of(g.RegionCore(entry.Name)) is { } regionSkeleton)
                    g.RegionIndex.Add(regionSkeleton, id, MatchKind.RegionStem);
                if (entry.Kind == EntryKind.Admin1)
                {
                    _admin1ByName[(entry.Country ?? "", entry.Name)] = id;
                    if (entry.Code is { } code) _admin1ByCode[code] = id;
                }
                else _districts.Add(id);
                break;
            case EntryKind.Place when entry.FeatureCode is "PPLA" or "PPLC":
                _seats.Add((id, keys.Distinct().ToArray()));
                break;
            case EntryKind.Place when entry.FeatureCode is "PPLA2" && entry.Admin2 is not null:
                var at = (entry.Country, entry.Admin1, entry.Admin2);
                if (!_districtSeats.TryGetValue(at, out var list)) _districtSeats[at] = list = new();
                list.Add((id, keys.Select(NameVariants.AdjectiveForm).Distinct().ToArray()));
                break;
        }
        if (IsFuzzyTarget(entry))
            foreach (var key in (entry.Kind == EntryKind.Place ? fuzzyKeys : keys).Distinct())
                if (key.Length >= 5 && key[0] < 128) g.FuzzyPool.Add((key, id));
    }

    /// <summary>GeoNames alternate names include airport codes ("IEV") and lower-case romanisations of other scripts.</summary>
    static bool IsUsefulAlternate(string name, EntryKind kind) =>
        kind is EntryKind.Country or EntryKind.Landmark
        || char.IsUpper(name[0]) && !(name.Length <= 4 && name.All(c => char.IsUpper(c) || char.IsDigit(c)));

    /// <summary>"On", "Us", "Uk" are villages somewhere; a name of three letters or fewer is kept only for big cities.</summary>
    static bool TooShortFor(string key, GazetteerEntry e) =>
        key.Length <= 3 && e.Kind is EntryKind.Place or EntryKind.District && e.Population < 100_000;

    static bool IsFuzzyTarget(GazetteerEntry e) => e.Kind switch
    {
        EntryKind.Place => e.Population >= (e.Country is { } cc && CandidateRanker.IsConflictCountry(cc) ? 5_000 : 100_000),
        EntryKind.District => false,
        _ => true,
    };
}
