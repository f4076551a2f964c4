using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Recognition.Places;

/// <summary>
/// What the whole article says about its places, applied to each mention once every sentence is read:
/// an ambiguous name is looked up again with the article's countries and regions (Dubovoye in the Belgorod
/// story is the Belgorod village); a town known only by an alternate name, in a country the article never
/// names, is not meant (Qana is not Qinā in Egypt), nor one known only by its consonants ("Crimean" is not Kerman); "the capital" is the capital of the country most of its
/// places lie in; towns the text does not mark as places must lie in the
/// article's countries (<see cref="PlausiblePlaces"/>); and one place keeps one spelling throughout.
/// </summary>
public static class ArticlePlaces
{
    public static void Settle(IReadOnlyList<SentenceMentions> sentences, IPlaceResolver resolver, LanguageLexicons data)
    {
        var terms = PlaceTerms.For(data);
        var all = sentences.SelectMany(s => s.Places).ToList();
        var countries = all.Where(p => p.IsCountry || p.Place.Precision == PlacePrecision.Region && !Unmarked(p, terms)
                                       || p.Strong && p.Resolution is { Match: MatchKind.Name or MatchKind.StandsFor, Entry.Country: { } c } && CandidateRanker.IsConflictCountry(c))
            .Select(p => p.Place.Country).Concat(sentences.SelectMany(s => s.Actors).Select(a => a.Value))
            .OfType<string>().ToHashSet();
        var regionSigns = all.Where(p => p.Place.Precision == PlacePrecision.Region && !Unmarked(p, terms)
                                         || p.Resolution is { Candidates.Count: 1 } || p.Strong && p.Resolution?.Match == MatchKind.Name)
            .Where(p => p.Place.Admin1 is not null).ToList();
        // an ambiguous name is looked up again with the regions the article's other places give: its own first reading
        // ("Poonch district" read as Pakistan's), or its container's ("Mendhar, Poonch district"), is no sign of its region
        PlaceContext Others(PlaceMention m) => new(countries, regionSigns
            .Where(p => (p.Resolution?.Entry is null || p.Resolution.Entry != m.Resolution?.Entry) && !IsContainerOf(p, m))
            .Select(p => p.Place.Admin1!).ToHashSet());
        // the countries the text locates places in: by naming their regions, or a place's container ("Lebanon's Bint Jbeil")
        var regionCountries = all.Where(p => p.Place.Precision == PlacePrecision.Region && !Unmarked(p, terms) || p.Query?.Contains(", ") == true)
            .Select(p => p.Place.Country).OfType<string>().ToHashSet();
        var home = MostNamed(all.Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target))
                   ?? MostNamed(all.Where(p => p.IsCountry && p.Cue == PlaceCue.Target)); // "Russia attacked Ukraine ... the capital"
        // "the capital" is the capital of the country the text was just telling of ("Russia attacked Ukraine; the attack
        // killed one in the capital"), else of the article's country
        string? recent = null;
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Places.Count; i++)
            {
                if (s.Places[i] is { Resolution: null, Query: PlaceMentionFinder.TheCapital } m)
                {
                    if ((recent ?? home) is { } country && resolver.CapitalOf(country) is { } capital) s.Places[i] = m with { Place = capital.Place, Resolution = capital };
                }
                else if (s.Places[i] is { IsCountry: false, Cue: PlaceCue.None or PlaceCue.Target } or { IsCountry: true, Cue: PlaceCue.Target }) recent = s.Places[i].Place.Country;
            }
            s.Places.RemoveAll(p => p is { Resolution: null, Query: PlaceMentionFinder.TheCapital });
        }
        var city = all.Where(p => p.Resolution is { Match: not MatchKind.StandsFor, Entry: { Kind: EntryKind.Place, Population: >= 100_000 } })
            .GroupBy(p => p.Resolution!.Entry!).OrderByDescending(g => g.Count()).FirstOrDefault()?.First();
        var homeRegion = HomeRegion(all, resolver);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Places.Count; i++)
                s.Places[i] = OfTheCity(InContext(s.Places[i], Others, resolver, terms), city, terms);
            s.Places.RemoveAll(p => Foreign(p, countries, terms) || Stray(p, regionCountries) && !p.Settlement);
            for (int i = s.Places.Count - 1; i >= 0; i--)
                if (s.Places[i] is { Settlement: true } m && (m.Resolution is null || Stray(m, regionCountries)))
                {
                    if (i > 0 && s.Places[i - 1] is { Group: var g, Settlement: false, Place.Precision: PlacePrecision.Town, Resolution.Entry: not null } town && g == m.Group)
                        s.Places[i] = NearTown(m, town.Place);
                    else if (homeRegion is null) s.Places.RemoveAt(i);
                    else s.Places[i] = InRegion(m, homeRegion);
                }
        }
        Repeated(sentences, PlaceCueReader.For(data));
        PlausiblePlaces.Filter(sentences);
        OneSpelling(sentences);
    }

    /// <summary>
    /// A place the gazetteer lacks, located once by what the text says of it ("Mai Tsebri, also in northwestern Tigray"),
    /// is the same place wherever else the article names it ("the strike at Mai Tsebri"); there the cue before it
    /// (languages/XX/place-cues.tsv: "at", "in", "struck") gives its role, as for any other place.
    /// </summary>
    static void Repeated(IReadOnlyList<SentenceMentions> sentences, PlaceCueReader cues)
    {
        var located = sentences.SelectMany(s => s.Places)
            .Where(p => p.Resolution is { Entry: null, Match: MatchKind.StandsFor } && p.Place.Precision != PlacePrecision.Country
                        && p.Query != PlaceMentionFinder.TheCapital && p.Place.Name.Length > 2 && char.IsUpper(p.Place.Name[0]))
            .GroupBy(p => p.Place.Name, StringComparer.Ordinal).Select(g => (Mention: g.First(), Words: g.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
        if (located.Count == 0) return;
        foreach (var s in sentences)
            foreach (var (m, words) in located)
                for (int k = 0; k + words.Length <= s.Tokens.Count; k++)
                {
                    if (!WrittenAt(s, k, words)) continue;
                    int end = k + words.Length;
                    if (s.Places.Exists(p => p.Start < end && k < p.End)) continue;
                    int group = s.Places.Count == 0 ? 0 : s.Places.Max(p => p.Group) + 1;
                    s.Places.Add(m with { Start = k, End = end, Cue = cues.Before(s.Tokens, k), Group = group });
                    s.Places.Sort((a, b) => a.Start.CompareTo(b.Start));
                }
    }

    /// <summary>The sentence's tokens from <paramref name="at"/> are the words, as written (case and all).</summary>
    static bool WrittenAt(SentenceMentions s, int at, string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            var t = s.Tokens[at + i];
            if (!s.Text.AsSpan(t.Start, t.End - t.Start).SequenceEqual(words[i])) return false;
        }
        return true;
    }

    static bool IsContainerOf(PlaceMention container, PlaceMention m) =>
        m.Query?.Split(", ") is [_, var within] && string.Equals(container.Query, within, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The one first-level region the article's places lie in most (hit or downed over, not launch sites or datelines),
    /// when one leads: "the village of Zhuravka", in a report on the Voronezh region, is a village there.
    /// </summary>
    static PlaceResolution? HomeRegion(List<PlaceMention> all, IPlaceResolver resolver)
    {
        var ranked = all.Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target && p.Place.Admin1 is not null && p.Place.Country is not null)
            .GroupBy(p => (p.Place.Admin1!, p.Place.Country!)).Select(g => (g.Key, Count: g.Count())).OrderByDescending(g => g.Count).Take(2).ToList();
        if (ranked.Count == 0 || ranked.Count == 2 && ranked[1].Count == ranked[0].Count) return null;
        var (admin1, country) = ranked[0].Key;
        var context = new PlaceContext([country], [admin1]);
        // a region named after its capital ("Nay Pyi Taw") reads as the town unless a region word asks for the region
        return new[] { admin1, $"region of {admin1}" }.Select(name => resolver.Resolve(name, context))
            .FirstOrDefault(r => r is { Place.Precision: PlacePrecision.Region } && r.Place.Country == country && r.Place.Admin1 == admin1);
    }

    /// <summary>A settlement the gazetteer does not place, recorded under its own name at its article's region.</summary>
    static PlaceMention InRegion(PlaceMention m, PlaceResolution region)
    {
        var place = region.Place with { Name = m.Place.Name, GeonamesId = null, Canonical = null };
        return m with { Place = place, Resolution = new PlaceResolution(place, [], $"not in the gazetteer; located by the article's region, {region.Place.Name}", null, MatchKind.StandsFor) };
    }

    /// <summary>A settlement the gazetteer lacks, listed with a town it knows ("in Qana and Baraachit"), recorded under its own
    /// name at the town's region, near it.</summary>
    static PlaceMention NearTown(PlaceMention m, Place town)
    {
        var place = town with { Name = m.Place.Name, GeonamesId = null, Canonical = null, Precision = PlacePrecision.District };
        return m with { Place = place, Resolution = new PlaceResolution(place, [], $"not in the gazetteer; listed with {town.Name}, located near it", null, MatchKind.StandsFor) };
    }

    static string? MostNamed(IEnumerable<PlaceMention> mentions) =>
        mentions.Where(p => p.Place.Country is not null).GroupBy(p => p.Place.Country!).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <param name="contextFor">the context of the article's other places, built only for a mention that is looked up again</param>
    static PlaceMention InContext(PlaceMention m, Func<PlaceMention, PlaceContext> contextFor, IPlaceResolver resolver, PlaceTerms terms)
    {
        if (m.Resolution is { Entry: null, Match: MatchKind.StandsFor } && m.Query?.Contains(", ") == true && m.Place.Precision != PlacePrecision.Country)
            return ContainerInContext(m, contextFor(m), resolver);
        if (m.Resolution is not { Candidates.Count: > 1, Entry: not null } r || m.Query is null || m.Place.Precision is not (PlacePrecision.Town or PlacePrecision.District))
            return m;
        if (resolver.Resolve(m.Query, contextFor(m)) is not { Entry: not null } again || again.Entry == r.Entry || again.Match == MatchKind.Fuzzy
            || again.Reason.StartsWith("no '", StringComparison.Ordinal))
            return m;
        var written = m.Query.Split(", ")[0]; // the name as the text has it, without its owner ("Bint Jbeil, Lebanon")
        return m with { Place = PlaceSpelling.AsWritten(again, written, terms), Resolution = again };
    }

    /// <summary>
    /// A settlement located only by its container ("Mendhar, Poonch district") is located again with the article's
    /// places: India's Poonch (Punch) district in a report on Jammu, not Pakistan's.
    /// </summary>
    static PlaceMention ContainerInContext(PlaceMention m, PlaceContext context, IPlaceResolver resolver)
    {
        if (resolver.Resolve(m.Query!, context) is not { } again || !again.Reason.StartsWith("no '", StringComparison.Ordinal)
            || again.Place.Country == m.Place.Country && again.Place.Admin1 == m.Place.Admin1)
            return m;
        var place = again.Place with { Name = m.Place.Name, GeonamesId = null, Canonical = null,
            Precision = again.Place.Precision == PlacePrecision.Town ? PlacePrecision.District : again.Place.Precision };
        return m with { Place = place, Resolution = again with { Place = place, Entry = null, Match = MatchKind.StandsFor } };
    }


    /// <summary>
    /// A city district named without its city ("the Shevchenkivskyi district"), which the gazetteer places in
    /// another city, is a district of the city the article is about: many cities have districts so named.
    /// </summary>
    static PlaceMention OfTheCity(PlaceMention m, PlaceMention? city, PlaceTerms terms) =>
        city is not null && m.Resolution is { Match: MatchKind.StandsFor, Entry.Kind: EntryKind.Place } r && r.Entry != city.Resolution!.Entry
        && r.Entry!.Country == city.Place.Country && m.Query is { } q && terms.CityDistrictWord.Contains(LastWord(q))
            ? m with { Place = city.Resolution.Place, Resolution = city.Resolution with { Match = MatchKind.StandsFor } }
            : m;

    /// <summary>
    /// In a country the article gives no other sign of (by name, a region, a side, or a town of the conflicts'
    /// countries): a town known only by an alternate name (unless a capital or a city of half a million: Naypyidaw
    /// is how English writes Nay Pyi Taw), a town known only by its consonants (any size: "Crimean" is not Kerman),
    /// any town outside the conflicts' countries ("the Metro"),
    /// or a region named without a region word ("Unity", "Uri") — a word that happens to be a name somewhere.
    /// </summary>
    static bool Foreign(PlaceMention m, HashSet<string> countries, PlaceTerms terms) =>
        m.Place.Country is { } c && !countries.Contains(c)
        && (m.Resolution is { Entry: { Kind: EntryKind.Place } e } r
            && (r.Match is MatchKind.AltName or MatchKind.Transliteration && e.Population < BigCity && e.FeatureCode != "PPLC"
                || r.Match == MatchKind.Romanisation || !CandidateRanker.IsConflictCountry(c))
            || Unmarked(m, terms));

    const int BigCity = 500_000, Village = 5_000;

    /// <summary>
    /// A village in a country none of the article's regions (or places it locates in a container) lie in: in a story
    /// about the Voronezh and Belgorod regions, "the village of Zhuravka" is a Russian village the gazetteer lacks, not its Ukrainian namesake.
    /// (No seat of government is a village: GeoNames gives some district seats no population.)
    /// </summary>
    static bool Stray(PlaceMention m, HashSet<string> regionCountries) =>
        regionCountries.Count > 0 && m.Resolution is { Entry: { Kind: EntryKind.Place, Population: < Village, SeatRank: 0 } e }
        && e.Country is { } c && !regionCountries.Contains(c);


    /// <summary>A first-level region outside the conflicts' countries that the text names with no region word after it.</summary>
    static bool Unmarked(PlaceMention m, PlaceTerms terms) =>
        m.Resolution?.Entry is { Kind: EntryKind.Admin1, Country: { } c } && !CandidateRanker.IsConflictCountry(c)
        && m.Query is { } q && !terms.Admin1Word.Contains(LastWord(q));

    static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..].ToLowerInvariant();

    /// <summary>One place keeps one spelling throughout the article: the gazetteer's name when the text writes it so, else its first.</summary>
    static void OneSpelling(IReadOnlyList<SentenceMentions> sentences)
    {
        // "the capital" carries the gazetteer's name, not a spelling the text wrote: it takes the text's, never gives it
        var first = new Dictionary<(string, string?, string?), string>();
        foreach (var m in sentences.SelectMany(s => s.Places).Where(m => m.Query != PlaceMentionFinder.TheCapital))
        {
            var key = (m.Place.CanonicalName, m.Place.Admin1, m.Place.Country);
            // "Be'er Sheva" first and "Beersheba" later: the gazetteer's own (English) name wins where the text writes it
            if (!first.TryAdd(key, m.Place.Name) && m is { Place.Canonical: null, Resolution.Match: MatchKind.Name }) first[key] = m.Place.Name;
        }
        foreach (var s in sentences)
            for (int i = 0; i < s.Places.Count; i++)
            {
                var p = s.Places[i].Place;
                if (first.TryGetValue((p.CanonicalName, p.Admin1, p.Country), out var name) && name != p.Name)
                    s.Places[i] = s.Places[i] with { Place = p with { Name = name, Canonical = name == p.CanonicalName ? null : p.CanonicalName } };
            }
    }
}
