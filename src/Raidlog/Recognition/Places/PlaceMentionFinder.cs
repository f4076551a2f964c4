using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>
/// Finds place names in a sentence: runs of capitalised words, with a trailing or leading region word
/// ("the Kursk Region", "Sumy and Rivne oblasts", "regions of Belgorod and Kursk"), resolved by an
/// <see cref="IPlaceResolver"/>. The words just before a name tell its role: "from" marks a launch site,
/// "air alert in" a siren town; a capitalised name opening a paragraph before a comma is a dateline.
/// </summary>
public sealed class PlaceMentionFinder(LanguageLexicons data, IPlaceResolver resolver)
{
    static readonly HashSet<string> RegionWords = ["region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "territory", "republic", "governorate", "governorates", "district", "districts", "raion", "county", "city", "municipality", "community", "hromada"];
    static readonly HashSet<string> Plural = ["regions", "oblasts", "provinces", "governorates", "districts"];
    static readonly HashSet<string> Joiners = [",", "and", "or", "as well as", "und", "oder"]; // "und", "oder": German lists

    readonly record struct Run(int Start, int End, int NameEnd, string? Suffix);

    public List<PlaceMention> FindAll(string text, Sentence sentence, bool opensParagraph)
    {
        var tokens = sentence.Tokens;
        var runs = new List<Run>();
        for (int i = 0; i < tokens.Count; i++)
        {
            bool compass = CompassWord(text, tokens, i);
            if (!compass && !IsNameWord(text, tokens, i) && !OpensWithArticle(text, tokens, i) && !LandmarkHit(text, tokens, i)) continue;
            int j = i + 1;
            // a region word inside a run ends the name: "Kursk Region Governor Alexey Smirnov"; one that opens it is
            // the German order ("Region Kursk", "Oblast Charkiw")
            // "Deir al-Balah", "Ras al-Ain": a small article glued to the next word by a hyphen keeps the name going
            while (j < tokens.Count && (IsNameWord(text, tokens, j) || IsInnerHyphen(tokens, j) || OpensWithArticle(text, tokens, j) || InnerParticle(text, tokens, j))
                   && !(RegionWords.Contains(tokens[j - 1].Norm) && j - 1 > i)) j++;
            while (j > i + 1 && tokens[j - 1].Norm == "-") j--;
            if (compass && !CompassName(text, tokens, i, j)) continue; // "North" alone, or "North Korean": the name starts after it
            j = FacilityName(text, tokens, i, OfName(text, tokens, i, j));
            string? suffix = j < tokens.Count && RegionWords.Contains(tokens[j].Norm) ? tokens[j].Norm : null;
            // a capitalised region word ("Kursk Region") was swallowed by the run: split it off
            if (suffix is null && j - i > 1 && RegionWords.Contains(tokens[j - 1].Norm)) { suffix = tokens[j - 1].Norm; j--; }
            runs.Add(new Run(DirectionStart(text, tokens, i, j), suffix is null ? j : j + 1, j, suffix));
            i = (suffix is null ? j : j + 1) - 1;
        }
        var mentions = new List<PlaceMention>();
        int group = -1, prevEnd = -10, listStart = 0; // listStart: where the list the run belongs to begins
        string? groupSuffix = null;
        string? container = null;
        int containerRun = -1; // the run that located the list before it: where it is, not a place hit
        bool located = false;
        string? measured = null; // the country of a place a distance is measured from
        for (int r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            bool joined = prevEnd >= 0 && OnlyJoiners(tokens, prevEnd, run.Start);
            if (!joined)
            {
                group++;
                listStart = run.Start;
                groupSuffix = LeadingRegionWord(tokens, run.Start);
                (container, containerRun) = ContainerOfList(text, tokens, runs, r) is { } c ? c : (null, containerRun);
            }
            // a plural region word after the last name of a list applies to every name in it
            string? suffix = run.Suffix ?? groupSuffix ?? TrailingListSuffix(tokens, runs, r);
            if (suffix is null && IsPersonName(text, tokens, run)) { prevEnd = run.End; continue; }
            prevEnd = run.End;
            var inside = container is null || r == containerRun ? null : InContainer(text, tokens, run, container);
            located |= inside is not null;
            if (inside is not null && containerRun == r - 1 && mentions.Count > 0 && mentions[^1].Start == runs[r - 1].Start)
                mentions[^1] = mentions[^1] with { Cue = PlaceCue.Elsewhere }; // "the Kherson suburb of Antonivka": Kherson holds the place hit
            var plain = inside ?? Resolve(text, tokens, run, suffix);
            bool marked = CueBefore(tokens, run.Start) != PlaceCue.None || joined && mentions.Count > 0 && mentions[^1].Group == group;
            if (inside is null && LocatedAfter(text, tokens, runs, r, plain, marked) is { } there)
            {
                (plain, containerRun, located) = (there.Found, there.Run, true);
            }
            if (plain is not { } found)
            {
                if (suffix is null && (NamedSettlement(tokens, run.Start) || SettlementAfter(tokens, run)) && !IsPersonName(text, tokens, run)
                    && !ClaimedByOthers(tokens, run.Start, run.NameEnd, new Place("", null, null)))
                {
                    var written = PlaceSpelling.WithoutSmallArticle(Surface(text, tokens, run.Start, run.NameEnd, null));
                    mentions.Add(new PlaceMention(run.Start, run.End, new Place(written, null, null), CueBefore(tokens, run.Start), group, true,
                        null, written, Settlement: true));
                }
                continue;
            }
            var resolved = found.Resolution;
            // "the al-Hazm district in al-Jawf governorate": the region a place is said to lie in is looked for in its country first
            if (mentions.Count > 0 && mentions[^1].Place is { Country: { } near } prev && resolved.Place.Country != near
                && (InRightAfter(tokens, mentions[^1].End, run.Start) || OfRightAfter(tokens, mentions[^1].End, run.Start))
                && resolver.Resolve(found.Query, new PlaceContext([near], prev.Admin1 is { } a1 ? [a1] : [])) is { } inNear && inNear.Place.Country == near)
                resolved = inNear;
            // a near spelling is a guess: only a region word after it makes it a place ("Kharikv region")
            if (suffix is null && resolved.Match == MatchKind.Fuzzy) continue;
            if (ClaimedByOthers(tokens, found.From, found.To, resolved.Place)) continue;
            // "SANA", "SHOT": an acronym (a news agency, a channel) that is some town's alternate name
            if (found.To - found.From == 1 && IsAllCaps(text, tokens[found.From]) && resolved is { Entry.Kind: EntryKind.Place, Match: MatchKind.AltName or MatchKind.Transliteration or MatchKind.Romanisation }) continue;
            var cue = CueBefore(tokens, joined && mentions.Count > 0 && mentions[^1].Group == group ? FirstOfGroup(mentions, group) : run.Start);
            var cueWritten = cue; // what the words before the name say, before its role in the sentence is weighed
            if (opensParagraph && run.Start == 0 && run.End < tokens.Count && tokens[run.End].Norm is "," or "(" or ":" && IsAllCaps(text, tokens[run.Start]))
                cue = PlaceCue.Elsewhere; // a dateline names the reporter's city
            else if (opensParagraph && mentions.Count > 0 && mentions[^1] is { Start: 0, Cue: PlaceCue.Elsewhere } dateline
                     && run.Start == dateline.End + 1 && tokens[dateline.End].Norm == "," && IsAllCaps(text, tokens[0]))
                cue = PlaceCue.Elsewhere; // and its region: "ERBIL, Kurdistan Region - Three people were killed"
            if (cue == PlaceCue.None && suffix is null && ActsAsSide(text, tokens, run)) cue = PlaceCue.Elsewhere;
            if (IsRoad(tokens, run) || Between(tokens, listStart) || IsRiver(tokens, run) || NamesAnOrganisation(tokens, run, found)) cue = PlaceCue.Elsewhere;
            // "the Belgorod region's Valuysky district": the region owns the place named next, which is the one hit
            if (run.Suffix is not null && IsPossessive(text, tokens[run.End - 1]) && r + 1 < runs.Count && runs[r + 1].Start == run.End) cue = PlaceCue.Elsewhere;
            // "in Azerbaijan city", "a Ukraine town": a country before a settlement word describes an unnamed town
            if (resolved.Entry?.Kind == EntryKind.Country && (run.Suffix == "city" || run.End < tokens.Count && SettlementWords.Contains(tokens[run.End].Norm))
                || (IsArea(resolved) || resolved.Place.Precision == PlacePrecision.Water) && DescribesTheNext(tokens, run))
                cue = PlaceCue.Elsewhere; // "the southern Lebanese city of Nabatieh", "the Bekaa Valley town of Baalbek"
            if (MeasuredFrom(tokens, run.Start)) { cue = PlaceCue.Elsewhere; measured ??= resolved.Place.Country; }
            if (cue is PlaceCue.None or PlaceCue.Elsewhere && data.OfficeTitles.TryMatch(tokens, run.End, out _, out _)) cue = PlaceCue.Office;
            // another romanisation is a guess unless the text marks a place there ("in Bint Jbeil", "Lebanon's Bint Jbeil"):
            // "Crimean" is not Kerman
            // ("Al Jazeera reported" is an outlet, not Al Jazirah state)
            if (resolved.Match == MatchKind.Romanisation && suffix is null && cueWritten == PlaceCue.None && !found.Query.Contains(", ")) continue;
            if (mentions.Count > 0 && mentions[^1].Cue == PlaceCue.Launch
                && (cue is PlaceCue.None or PlaceCue.Target && (PrecededByIn(tokens, run.Start) || OnlyListWords(tokens, mentions[^1].End, run.Start))))
                cue = PlaceCue.Launch; // "from Primorsko-Akhtarsk, Balaklava in Crimea, Russia's Kursk region and the town of Yeysk",
                                       // but not "launched from Yemen has hit the perimeter of Israel's Ben Gurion airport"
            if (mentions.Count > 0 && (r == containerRun && located
                                       || (Contains(mentions[^1], resolved.Place) || IsArea(resolved) && mentions[^1].Place.Precision == PlacePrecision.Town && cue != PlaceCue.Launch)
                                       && InRightAfter(tokens, mentions[^1].End, run.Start)))
                cue = PlaceCue.Elsewhere; // "the village of Gorkovsky in the Graivoronsky district", "Ain Baal near Tyre": where it is, not a second place hit
            else if (mentions.Count > 0 && resolved.Entry?.Kind == EntryKind.Admin1 && RegionAfterComma(tokens, mentions[^1], run, resolved.Place))
            {
                cue = PlaceCue.Elsewhere; // "Nyala, South Darfur": the town's region, not a second place of the list
                group++;
            }
            bool strong = suffix != null || cue != PlaceCue.None || inside is not null || resolved.Place.Precision is PlacePrecision.Region or PlacePrecision.Country;
            var place = PlaceSpelling.AsWritten(resolved, Surface(text, tokens, found.From, found.To, found.Suffix));
            mentions.Add(new PlaceMention(run.Start, run.End, place, cue, group, strong, resolved, found.Query, NamedSettlement(tokens, run.Start)));
        }
        if (measured is not null) OnlyTheCountry(mentions, measured);
        AddCapitals(text, tokens, mentions, group + 1);
        return mentions;
    }

    /// <summary>Placeholder for "the capital" until the article's country is known (<see cref="ArticlePlaces"/>).</summary>
    public const string TheCapital = "the capital";

    /// <summary>
    /// "the Russian capital" is Moscow, "the Ukrainian capital" Kyiv; "the capital" alone is the capital of the
    /// article's country, settled once the article is read. Not when the capital is named right after it
    /// ("the capital, Kyiv", "the capital of Yemen", "the Yemeni capital Sanaa"): the name is the mention then.
    /// </summary>
    void AddCapitals(string text, IReadOnlyList<Token> tokens, List<PlaceMention> mentions, int group)
    {
        bool added = false;
        for (int k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Norm != "capital" || NamedAfter(text, tokens, k + 1)) continue;
            string? country = null;
            int start = k - 1;
            // "Ukraine’s capital", "over Myanmar capital": the country named before it is no place of its own here
            if (mentions.FindIndex(m => m.IsCountry && m.End == k) is var owner and >= 0)
            {
                country = mentions[owner].Place.Country;
                start = mentions[owner].Start;
                mentions.RemoveAt(owner);
            }
            else if (tokens[start].Norm != "the")
            {
                if (start < 1 || tokens[start - 1].Norm != "the" || !data.Actors.TryMatch(tokens, start, out var len, out var side) || len != 1) continue;
                country = side;
                start--;
            }
            var resolution = country is null ? null : resolver.CapitalOf(country);
            if (country is not null && resolution is null) continue;
            var place = resolution?.Place ?? new Place(TheCapital, null, null);
            // "Zayarthiri township in the capital": where the place just named lies, not a second place hit
            var cue = start >= 2 && tokens[start - 1].Norm == "in" && mentions.Any(m => m.End == start - 1 || m.End == start - 2 && tokens[start - 2].Norm is "township" or "village")
                ? PlaceCue.Elsewhere : CueBefore(tokens, start);
            mentions.Add(new PlaceMention(start, k + 1, place, cue, group++, true, resolution, TheCapital));
            added = true;
        }
        if (added) mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    bool NamedAfter(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Norm is "," or "of" or "city") i++;
        return i < tokens.Count && (IsNameWord(text, tokens, i) || CompassWord(text, tokens, i)); // "the capital of North Darfur"
    }

    readonly record struct Found(PlaceResolution Resolution, int From, int To, string? Suffix, string Query);

    /// <summary>
    /// The run as a whole, then with a possessive owner as its container ("Lebanon’s Bint Jbeil" is looked up in
    /// Lebanon, "Kharkiv’s Kyivskyi district" in Kharkiv), then its last or first word alone ("Kyiv Mayor",
    /// "Air Force Commander Mykola Oleshchuk") — a word alone only when it is a country, a region or a city
    /// by its own name, since every surname is an alternate name of some village.
    /// </summary>
    Found? Resolve(string text, IReadOnlyList<Token> tokens, Run run, string? suffix)
    {
        int start = run.Start;
        string? owner = null;
        for (int k = run.NameEnd - 2; k >= run.Start; k--)
            if (IsPossessive(text, tokens[k]))
            {
                owner = text[tokens[run.Start].Start..(tokens[k].End - 2)];
                start = k + 1;
                break;
            }
        var name = Surface(text, tokens, start, run.NameEnd, suffix);
        var query = owner is null ? name : $"{name}, {owner}";
        // a district of a city the text names is, for a record, the city ("Kharkiv’s Kyivskyi district")
        if (owner is not null && suffix is not null && resolver.Resolve(owner) is { Place.Precision: PlacePrecision.Town } city)
            return new Found(city with { Match = MatchKind.StandsFor }, run.Start, start, null, owner);
        if (resolver.Resolve(query) is { } whole)
        {
            // a quarter the gazetteer lacks, of a city the text names, is that city; of a region or country, unknown
            if (!ByContainerOnly(whole)) return new Found(whole, start, run.NameEnd, suffix, query);
            return whole.Place.Precision == PlacePrecision.Town ? new Found(whole with { Match = MatchKind.StandsFor }, start, run.NameEnd, suffix, query) : null;
        }
        if (suffix is not null && owner is null && resolver.Resolve(Surface(text, tokens, start, run.NameEnd, null)) is { } bare)
            return new Found(bare, start, run.NameEnd, null, Surface(text, tokens, start, run.NameEnd, null));
        if (run.NameEnd - start < 2) return null;
        foreach (var (from, to, sfx) in new[] { (run.NameEnd - 1, run.NameEnd, suffix), (start, start + 1, null) })
        {
            var piece = Surface(text, tokens, from, to, sfx);
            if (resolver.Resolve(piece) is { } r && StandsAlone(r)) return new Found(r, from, to, sfx, piece);
        }
        return null;
    }

    static readonly HashSet<string> SettlementWords = ["village", "villages", "settlement", "settlements", "town", "towns", "hamlet", "hamlets"];
    static readonly HashSet<string> ContainerWords = ["district", "districts", "raion", "region", "oblast", "province", "governorate"];

    /// <summary>
    /// "the settlements of Blizhneye, Solomino and Kiselyovo in the Belgorodsky district", "the town of Ain Baal near
    /// Tyre": the district, region or nearby town after a list of settlements, as written, and its run, for looking
    /// each one up inside it.
    /// </summary>
    (string Name, int Run)? ContainerOfList(string text, IReadOnlyList<Token> tokens, List<Run> runs, int first)
    {
        if ((QuarterOf(text, tokens, runs, first) ?? Appositive(text, tokens, runs, first)) is { } found) return found;
        int s = runs[first].Start;
        if (TrailingOfList(text, tokens, runs, first) is { } after) return after;
        // "the Belgorod region village of Murom", "the Kherson suburb of Antonivka": the place named before it holds it
        if (s >= 3 && first > 0 && tokens[s - 1].Norm == "of" && tokens[s - 2].Norm is "village" or "town" or "city" or "suburb" or "settlement"
            && runs[first - 1] is { } before && before.End == s - 2)
            return (Surface(text, tokens, before.Start, before.NameEnd, before.Suffix), first - 1);
        return null;
    }

    /// <summary>"the villages of A and B in the X district", "the town of Ain Baal near Tyre", "... in south Lebanon".</summary>
    (string Name, int Run)? TrailingOfList(string text, IReadOnlyList<Token> tokens, List<Run> runs, int first)
    {
        int s = runs[first].Start;
        if (s < 2 || tokens[s - 1].Norm != "of" || !SettlementWords.Contains(tokens[s - 2].Norm)) return null;
        int last = first;
        while (last + 1 < runs.Count && OnlyJoiners(tokens, runs[last].End, runs[last + 1].Start)) last++;
        int k = runs[last].End;
        if (k < tokens.Count && tokens[k].Norm is "elsewhere" or "also") k++; // "villages of A and B elsewhere in the Belgorod region"
        if (k >= tokens.Count || tokens[k].Norm is not ("in" or "near")) return null;
        bool near = tokens[k].Norm == "near"; // "the town of Ain Baal near Tyre": a town locates it too
        if (++k < tokens.Count && tokens[k].Norm == "the") k++;
        if (last + 1 >= runs.Count || runs[last + 1].Start != k) return null;
        var c = runs[last + 1];
        if (c.Suffix is { } word && ContainerWords.Contains(word)) return (Surface(text, tokens, c.Start, c.NameEnd, word), last + 1);
        if (c.Suffix is not null) return null;
        var name = Surface(text, tokens, c.Start, c.NameEnd, null);
        // "near Tyre"; "in south Lebanon", "in northern Gaza": an area locates them too
        return near || resolver.Resolve(name) is { } area && IsArea(area) ? (name, last + 1) : null;
    }

    /// <summary>
    /// A settlement looked up inside the district, region or near the town the text puts it in. One the gazetteer lacks
    /// is still a place: recorded under its own name, located by its container (with the container's precision, or a
    /// district's for a town).
    /// </summary>
    Found? InContainer(string text, IReadOnlyList<Token> tokens, Run run, string container)
    {
        var name = Surface(text, tokens, run.Start, run.NameEnd, null);
        var query = $"{name}, {container}";
        if (resolver.Resolve(query) is not { } r) return null;
        if (!ByContainerOnly(r)) return new Found(r, run.Start, run.NameEnd, null, query);
        if (r.Place.Precision is not (PlacePrecision.Town or PlacePrecision.District or PlacePrecision.Region)) return null;
        // a town container ("near Tyre", "in the Tyre district" read as its seat) places it near the town, not at it
        var located = r.Place with { Name = PlaceSpelling.WithoutSmallArticle(name), GeonamesId = null, Canonical = null,
            Precision = r.Place.Precision == PlacePrecision.Town ? PlacePrecision.District : r.Place.Precision };
        return new Found(r with { Place = located, Entry = null, Match = MatchKind.StandsFor }, run.Start, run.NameEnd, null, query);
    }

    /// <summary>
    /// "Uri in Baramulla district", "Mai Tsebri, also in northwestern Tigray", "Beydi, a locality between Gossi and Inabaw in
    /// Mali's Timbuktu region": a name the gazetteer lacks (or knows only in another country) followed by the district or
    /// region it lies in is located there. Returns the place and the container's run.
    /// </summary>
    (Found Found, int Run)? LocatedAfter(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r, Found? plain, bool marked)
    {
        if (TrailingContainer(text, tokens, runs, r) is not { } c || !marked && !c.Described || resolver.Resolve(c.Name) is not { } area
            || area.Entry?.Kind is not (EntryKind.Admin1 or EntryKind.District)
            || plain is { } p && p.Resolution.Place.Country == area.Place.Country) return null;
        return InContainer(text, tokens, runs[r], c.Name) is { } found ? (found, c.Run) : null;
    }

    static readonly HashSet<string> PlaceNouns = ["village", "town", "city", "locality", "settlement", "hamlet", "tehsil", "township",
        "commune", "municipality", "community", "suburb", "neighbourhood", "neighborhood", "district", "area", "camp"];

    /// <summary>The district or region written right after a name: "in (the) Y district", ", in Y", ", also in northwestern Y",
    /// ", a WORD ... in Y region" (a short description up to "in", which says the name is a place: "a locality", not "a cafe").</summary>
    static (string Name, int Run, bool Described)? TrailingContainer(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        int k = runs[r].End;
        bool described = false;
        if (k < tokens.Count && tokens[k].Norm == ",")
        {
            k++;
            if (k < tokens.Count && tokens[k].Norm is "a" or "an")
            {
                for (int stop = Math.Min(tokens.Count, k + 10); k < stop && tokens[k].Norm is not ("in" or "," or "."); k++)
                    described |= PlaceNouns.Contains(tokens[k].Norm);
                if (!described) return null;
            }
        }
        if (k < tokens.Count && tokens[k].Norm == "also") k++;
        if (k >= tokens.Count || tokens[k].Norm != "in") return null;
        if (++k < tokens.Count && tokens[k].Norm == "the") k++;
        while (k < tokens.Count && Directions.Contains(tokens[k].Norm) && !char.IsUpper(text[tokens[k].Start])) k++; // "northwestern Tigray"
        int ci = runs.FindIndex(r + 1, x => x.Start >= k);
        if (ci < 0 || runs[ci].Start != k) return null;
        var c = runs[ci];
        int from = c.Start;
        for (int q = c.Start; q < c.NameEnd - 1; q++)
            if (IsPossessive(text, tokens[q])) from = q + 1; // "Mali's Timbuktu region": the region, its country an owner
        return (Surface(text, tokens, from, c.NameEnd, c.Suffix), ci, described);
    }

    static readonly HashSet<string> QuarterWords = ["neighborhood", "neighbourhood", "quarter", "suburb", "area", "refugee"];

    /// <summary>"the Tufah neighborhood of Gaza City": a quarter named before the city it belongs to.</summary>
    static (string Name, int Run)? QuarterOf(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        int k = runs[r].End;
        if (r + 1 >= runs.Count || runs[r].Suffix is not null || k + 1 >= tokens.Count || !QuarterWords.Contains(tokens[k].Norm)) return null;
        if (tokens[k].Norm == "refugee" && tokens[++k].Norm != "camp") return null; // "the Nuseirat refugee camp of Gaza"
        k++;
        // "of" only: "the Hilaliya neighborhood in Qamishli" is recorded as the city, as reports' readers locate it
        if (k < tokens.Count && tokens[k].Norm == "of") k++;
        else return null;
        if (k < tokens.Count && tokens[k].Norm == "the") k++;
        var c = runs[r + 1];
        return c.Start == k ? (Surface(text, tokens, c.Start, c.NameEnd, c.Suffix), r + 1) : null;
    }

    /// <summary>"Mendhar, a tehsil in Poonch district", "Stroitel, a village in the Belgorod region": a name, then what
    /// it is and the district or region it lies in.</summary>
    static (string Name, int Run)? Appositive(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        int k = runs[r].End;
        if (r + 1 >= runs.Count || k + 4 >= tokens.Count || tokens[k].Norm != "," || tokens[k + 1].Norm is not ("a" or "an")
            || tokens[k + 2].Kind != TokenKind.Word || tokens[k + 3].Norm != "in") return null;
        k += 4;
        if (tokens[k].Norm == "the") k++;
        var c = runs[r + 1];
        return c.Start == k && c.Suffix is { } word && ContainerWords.Contains(word) ? (Surface(text, tokens, c.Start, c.NameEnd, word), r + 1) : null;
    }

    /// <summary>"the village of Zhuravka", "the town of Kabkabiya", "a camp in Dedebit": the text itself says a settlement is named.</summary>
    static bool NamedSettlement(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && (tokens[start - 1].Norm == "of" && SettlementWords.Contains(tokens[start - 2].Norm)
                       || tokens[start - 1].Norm == "in" && SitesIn.Contains(tokens[start - 2].Norm));

    /// <summary>"Zayarthiri township", "Zhuravka village": a settlement word written after the name.</summary>
    static bool SettlementAfter(IReadOnlyList<Token> tokens, Run run) =>
        run.Suffix is null && run.End < tokens.Count && tokens[run.End].Norm is "township" or "village";

    /// <summary>"the displaced persons camp in Dedebit", "a market in X": a site hit in a named place, which is a settlement.</summary>
    static readonly HashSet<string> SitesIn = ["camp", "market", "school", "hospital", "clinic", "mosque", "church", "mill", "factory",
        "wedding", "funeral", "bakery", "shelter"];

    static bool ByContainerOnly(PlaceResolution r) => r.Reason.StartsWith("no '", StringComparison.Ordinal);

    static bool StandsAlone(PlaceResolution r) =>
        r.Entry is { Kind: EntryKind.Country or EntryKind.Admin1 } || r.Match == MatchKind.Name && r.Entry is { Population: >= 100_000 };

    /// <summary>
    /// A weapon's name ("Bayraktar", "Pantsir") is not a place, nor is an armed side's name ("Hamas") a place
    /// in another country — GeoNames lists such words as alternate names of villages and towns.
    /// </summary>
    bool ClaimedByOthers(IReadOnlyList<Token> tokens, int from, int to, Place place)
    {
        for (int k = from; k < to; k++)
        {
            if (data.Weapons.TryMatch(tokens, k, out _, out _)) return true;
            if (data.Actors.TryMatch(tokens, k, out _, out var side) && side != place.Country) return true;
        }
        return false;
    }

    static bool IsPossessive(string text, Token t) =>
        t.End - t.Start >= 3 && Tokenizer.IsApostrophe(text[t.End - 2]) && char.ToLowerInvariant(text[t.End - 1]) == 's';

    static readonly HashSet<string> DistanceUnits = ["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "mi"];

    /// <summary>"135 miles north-northwest of Mogadishu", "20 km from Kharkiv": a place the distance is measured from
    /// is a landmark for the reader, not where the strike was.</summary>
    static bool MeasuredFrom(IReadOnlyList<Token> tokens, int start)
    {
        int k = start - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        if (k < 1 || tokens[k].Norm is not ("of" or "from")) return false;
        for (k--; k >= 0 && (Directions.Contains(tokens[k].Norm) || tokens[k].Norm is "-" or "northeast" or "northwest" or "southeast" or "southwest"); k--) { }
        return k >= 0 && DistanceUnits.Contains(tokens[k].Norm);
    }

    /// <summary>"135 miles north-northwest of Mogadishu, the capital of Somalia": with no other place named, the strike
    /// is known only to be in the measured-from place's country, which the sentence names.</summary>
    static void OnlyTheCountry(List<PlaceMention> mentions, string country)
    {
        if (mentions.Any(m => !m.IsCountry && m.Cue is PlaceCue.Target or PlaceCue.None)) return;
        int at = mentions.FindIndex(m => m.IsCountry && m.Place.Country == country && m.Cue == PlaceCue.None);
        if (at >= 0) mentions[at] = mentions[at] with { Cue = PlaceCue.Target };
    }

    /// <summary>"a locality between Gossi and Inabaw", "the road between A and B": places that frame another, not hit.</summary>
    static bool Between(IReadOnlyList<Token> tokens, int listStart) => listStart > 0 && tokens[listStart - 1].Norm == "between";

    static readonly HashSet<string> OrganisationWords = ["times", "post", "independent", "herald", "news", "telegraph", "tribune", "journal",
        "gazette", "daily", "today", "insider", "observer", "pravda", "brigade", "battalion", "regiment", "division", "corps", "militia"];

    /// <summary>"the Moscow Times", "the Kyiv Independent", "the Azov brigade": a place's name inside an outlet's or a unit's.</summary>
    static bool NamesAnOrganisation(IReadOnlyList<Token> tokens, Run run, Found found) =>
        run.End < tokens.Count && OrganisationWords.Contains(tokens[run.End].Norm)
        || Enumerable.Range(found.To, Math.Max(0, run.NameEnd - found.To)).Any(k => OrganisationWords.Contains(tokens[k].Norm));

    /// <summary>"across the Dnipro river", "the Dnieper River": a river named after a city is no place hit.</summary>
    static bool IsRiver(IReadOnlyList<Token> tokens, Run run) =>
        run.End < tokens.Count && tokens[run.End].Norm is "river" or "riverbank" || tokens[run.NameEnd - 1].Norm == "river";

    static readonly HashSet<string> RouteWords = ["road", "highway", "motorway"];

    /// <summary>"the Nabatieh-Kfarjouz road": two places joined by a hyphen before "road" name a road between them.</summary>
    static bool IsRoad(IReadOnlyList<Token> tokens, Run run) =>
        run.End < tokens.Count && RouteWords.Contains(tokens[run.End].Norm)
        && Enumerable.Range(run.Start, run.NameEnd - run.Start).Any(k => tokens[k].Norm == "-");

    static readonly HashSet<string> SideVerbs = ["said", "says", "claimed", "claims", "accused", "accuses", "denied", "denies", "blamed", "blames",
        "launched", "launches", "fired", "has", "have", "had", "responded", "warned", "announced", "reported", "regime", "authorities", "officials", "forces", "troops",
        "wrote", "added", "told", "stated", "posted", "government", "prepares", "insists", "says"];
    static readonly HashSet<string> Adverbs = ["also", "later", "earlier", "previously", "further", "then"];

    /// <summary>"Moscow said", "Kyiv's troops", "Tymoshenko also said": a capital standing for its government, or a person;
    /// "at 12:15 Moscow time": a time zone. Neither is a place where something happened.</summary>
    static bool ActsAsSide(string text, IReadOnlyList<Token> tokens, Run run)
    {
        int next = run.End < tokens.Count && Adverbs.Contains(tokens[run.End].Norm) ? run.End + 1 : run.End;
        return IsPossessive(text, tokens[run.NameEnd - 1]) || (next < tokens.Count && (SideVerbs.Contains(tokens[next].Norm) || tokens[next].Norm == "time"));
    }

    /// <summary>"Vladimir Putin", "Sergei Sobyanin": a given name followed by another capitalised word is a person, not Vladimir the
    /// city; so is a name after an age ("11-month-old Salman").</summary>
    bool IsPersonName(string text, IReadOnlyList<Token> tokens, Run run)
    {
        // "11-month-old Salman", "a 6-year-old Humera": an age before a name makes it a person
        if (run.Start >= 2 && tokens[run.Start - 1].Norm == "old" && tokens[run.Start - 2].Norm == "-") return true;
        if (!data.GivenNames.Contains(tokens[run.Start].Norm)) return false;
        int next = run.Start + 1;
        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start]);
    }

    static bool Contains(PlaceMention inner, Place outer) =>
        outer.Precision is PlacePrecision.District or PlacePrecision.Region && inner.Place.Precision <= outer.Precision
        && inner.Place.Country == outer.Country && inner.Place.Admin1 == outer.Admin1 && inner.Place.Name != outer.Name;

    /// <summary>A region, a country or an area landmark ("the Golan Heights"): "Katzrin in the Golan Heights" is where the
    /// town lies, whichever country the gazetteer files the two under.</summary>
    static bool IsArea(PlaceResolution r) =>
        r.Entry?.Kind is EntryKind.Admin1 or EntryKind.Country || r.Entry?.Kind == EntryKind.Landmark && r.Place.Precision == PlacePrecision.Region;

    /// <summary>"(the Bekaa Valley) town of", "(the Red Sea) port of": an area or sea named before a settlement word and "of".</summary>
    static bool DescribesTheNext(IReadOnlyList<Token> tokens, Run run)
    {
        int k = run.Suffix == "city" ? run.End - 1 : run.End;
        if (k + 1 < tokens.Count && tokens[k].Norm is "port" or "border" or "frontline" or "coastal" && tokens[k + 1].Norm != "of") k++;
        return k + 1 < tokens.Count && (SettlementWords.Contains(tokens[k].Norm) || tokens[k].Norm is "city" or "cities" or "port") && tokens[k + 1].Norm == "of";
    }

    /// <summary>"Kabkabiya, North Darfur, ...": a region written after a comma right after a town in it, ending the list.</summary>
    static bool RegionAfterComma(IReadOnlyList<Token> tokens, PlaceMention town, Run run, Place region) =>
        town.Place.Precision is PlacePrecision.Town or PlacePrecision.District && town.Place.Country == region.Country && town.Place.Admin1 == region.Admin1
        && run.Start == town.End + 1 && tokens[town.End].Norm == ","
        && !(run.End < tokens.Count && tokens[run.End].Norm is "and" or "or");

    /// <summary>"the al-Hazm district of the al-Jawf governorate": "of" (and "the") between a place and the next.</summary>
    static bool OfRightAfter(IReadOnlyList<Token> tokens, int end, int start) =>
        end < start && tokens[end].Norm == "of" && (start == end + 1 || start == end + 2 && tokens[end + 1].Norm == "the");

    static bool InRightAfter(IReadOnlyList<Token> tokens, int end, int start)
    {
        if (end < start && tokens[end].Norm == "refugee") end++;
        if (end < start && tokens[end].Norm is "camp" or "township" or "village") end++; // "the Jabalia refugee camp in northern Gaza"
        if (end < start && tokens[end].Norm is "elsewhere" or "also") end++;
        if (end >= start || tokens[end].Norm is not ("in" or "near")) return false;
        int k = end + 1;
        if (k < start && tokens[k].Norm == "the") k++;
        if (k < start && Directions.Contains(tokens[k].Norm)) k++; // "Deir al-Balah in the central Gaza Strip"
        return k == start;
    }

    static readonly HashSet<string> ListWords = [",", "and", "the", "of", "in", "town", "city", "village", "settlement", "port", "occupied",
        "located", "on", "coast", "shore"]; // "Primorsko-Akhtarsk, located on the coast of the Sea of Azov, and occupied Balaklava"

    static bool OnlyListWords(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!ListWords.Contains(tokens[k].Norm)) return false;
        return to > from;
    }

    static bool PrecededByIn(IReadOnlyList<Token> tokens, int start)
    {
        int k = start - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        return k >= 0 && tokens[k].Norm is "in" or "on" or "and" or ",";
    }

    static int FirstOfGroup(List<PlaceMention> mentions, int group) => mentions.First(m => m.Group == group).Start;

    /// <summary>"al-Mansouri", "el-Fasher": a romanised Arabic article written small, glued to the name by a hyphen.</summary>
    bool OpensWithArticle(string text, IReadOnlyList<Token> tokens, int i) =>
        NameVariants.IsArticle(tokens[i].Norm) && i + 2 < tokens.Count && IsInnerHyphen(tokens, i + 1) && IsNameWord(text, tokens, i + 2);

    bool IsNameWord(string text, IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && !data.NotPlaces.Contains(tokens[i].Norm);

    /// <summary>"an attack on the Kremlin", "drones downed near the Kremlin": a landmark that otherwise speaks for its state
    /// ("the Kremlin said") is a place after a target cue; not after "in" ("talks in the Kremlin").</summary>
    bool LandmarkHit(string text, IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && data.Landmarks.Contains(tokens[i].Norm)
        && CueBefore(tokens, i) == PlaceCue.Target && tokens[i - (tokens[i - 1].Norm == "the" ? 2 : 1)].Norm != "in";

    /// <summary>"Rostov-on-Don", "Komsomolsk-on-Amur": a small word between two glued hyphens inside a name.</summary>
    bool InnerParticle(string text, IReadOnlyList<Token> tokens, int j) =>
        j >= 1 && j + 2 < tokens.Count && tokens[j - 1].Norm == "-" && tokens[j + 1].Norm == "-" && tokens[j].Kind == TokenKind.Word
        && tokens[j].Norm is "on" or "na" or "upon" or "sur" or "am" && tokens[j].Start == tokens[j - 1].End && tokens[j + 1].Start == tokens[j].End
        && IsNameWord(text, tokens, j + 2);

    // "Rostov-on-Don", "Ivano-Frankivsk": a hyphen glued on both sides keeps the name going
    static bool IsInnerHyphen(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].Norm == "-" && j > 0 && tokens[j].Start == tokens[j - 1].End && j + 1 < tokens.Count
        && tokens[j + 1].Start == tokens[j].End && tokens[j + 1].Kind == TokenKind.Word;

    static bool IsAllCaps(string text, Token t) => text.AsSpan(t.Start, t.End - t.Start).ToString() is var s && s.Length > 2 && s.ToUpperInvariant() == s;

    static bool OnlyJoiners(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to <= from) return false;
        bool joiner = false;
        for (int k = from; k < to; k++)
        {
            if (Joiners.Contains(tokens[k].Norm)) { joiner = true; continue; }
            // "over the Black Sea and the territory of the Republic of Crimea": one list
            if (joiner && k + 1 < to && tokens[k].Norm == "territory" && tokens[k + 1].Norm == "of") { k++; continue; }
            if (tokens[k].Norm != "the") return false;
        }
        return true;
    }

    static string? LeadingRegionWord(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Norm == "of" && Plural.Contains(tokens[start - 2].Norm) ? tokens[start - 2].Norm : null;

    static string? TrailingListSuffix(IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        for (int k = r; k + 1 < runs.Count && OnlyJoiners(tokens, runs[k].End, runs[k + 1].Start); k++)
            if (runs[k + 1].Suffix is { } s && Plural.Contains(s)) return s;
        return null;
    }

    static string Surface(string text, IReadOnlyList<Token> tokens, int start, int end, string? suffix)
    {
        var name = text[tokens[start].Start..tokens[end - 1].End];
        if (suffix is null) return name;
        var singular = suffix.EndsWith('s') && Plural.Contains(suffix) ? suffix[..^1] : suffix;
        return name + " " + singular;
    }

    PlaceCue CueBefore(IReadOnlyList<Token> tokens, int start)
    {
        // "from Cape Chauda (Crimea)": the region in brackets of a launch site is where it lies
        if (start > 0 && tokens[start - 1].Norm == "(" && FromBefore(tokens, start - 1)) return PlaceCue.Launch;
        int s = start > 0 && tokens[start - 1].Norm == "the" ? start - 1 : start;
        if (LeadingRegionWord(tokens, start) != null) s = start - 2 > 0 && tokens[start - 3].Norm == "the" ? start - 3 : start - 2;
        for (int k = Math.Min(4, s); k >= 1; k--)
            if (data.PlaceCues.TryMatch(tokens, s - k, out var len, out var cue) && len == k)
                return cue == PlaceCue.Target && tokens[s - 1].Norm == "of" && FromBefore(tokens, s - k) ? PlaceCue.Launch : cue;
        return PlaceCue.None;
    }

    /// <summary>"from the Russian port town of Primorsko-Akhtarsk": "from" a few words before "town of".</summary>
    static bool FromBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 4 && tokens[k].Kind == TokenKind.Word; k--)
            if (tokens[k].Norm == "from") return true;
        return false;
    }

    static readonly HashSet<string> Directions = ["northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern"];

    /// <summary>"northern Israel", "southern Lebanon's Bint Jbeil": a direction written small before a name starts the
    /// name when the gazetteer knows the two as one area. Returns the run's start.</summary>
    int DirectionStart(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start == 0 || !Directions.Contains(tokens[start - 1].Norm) || char.IsUpper(text[tokens[start - 1].Start])) return start;
        int to = tokens[end - 1].End;
        for (int k = start; k < end; k++)
            if (IsPossessive(text, tokens[k])) { to = tokens[k].End - 2; break; }
        return resolver.Resolve(text[tokens[start - 1].Start..to]) is { Entry.Kind: EntryKind.Landmark } ? start - 1 : start;
    }

    /// <summary>A capitalised compass word followed by a name: "North Kordofan", "South Korea", "West Bank" may start a name.</summary>
    bool CompassWord(string text, IReadOnlyList<Token> tokens, int i) =>
        Directions.Contains(tokens[i].Norm) && char.IsUpper(text[tokens[i].Start]) && i + 1 < tokens.Count && IsNameWord(text, tokens, i + 1);

    /// <summary>
    /// "North Kordofan", "South Darfur", "the West Bank": the compass word is part of the name when the gazetteer knows
    /// the whole as a country, region, district, landmark or a town by its own name; otherwise it is a direction
    /// ("North Gaza" is not a name of its own, "Western officials" no place).
    /// </summary>
    bool CompassName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        int to = end;
        for (int k = start + 1; k < end; k++)
            if (IsPossessive(text, tokens[k])) { to = k + 1; break; }
        var whole = text[tokens[start].Start..tokens[to - 1].End];
        if (IsPossessive(text, tokens[to - 1])) whole = whole[..^2];
        return resolver.Resolve(whole) is { Match: MatchKind.Name or MatchKind.AltName, Entry: { } e }
               && (e.Kind is EntryKind.Country or EntryKind.Admin1 or EntryKind.District or EntryKind.Landmark || e.Population >= 100_000);
    }

    static readonly string[][] Facilities = [["airport"], ["international", "airport"], ["air", "base"], ["airbase"], ["airfield"]];

    /// <summary>"Ben Gurion airport", "the Engels air base": a name and a facility word written small are one name when
    /// the gazetteer knows the whole as a landmark. Returns the run's new end.</summary>
    int FacilityName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var words in Facilities)
        {
            if (end + words.Length > tokens.Count || !words.Select((w, k) => tokens[end + k].Norm == w).All(b => b)) continue;
            int to = end + words.Length, from = start;
            for (int k = start; k < end - 1; k++)
                if (IsPossessive(text, tokens[k])) from = k + 1; // "Israel's Ben Gurion airport"
            if (resolver.Resolve(text[tokens[from].Start..tokens[to - 1].End]) is { Entry.Kind: EntryKind.Landmark }) return to;
        }
        return end;
    }

    /// <summary>
    /// "Gulf of Aden", "Sea of Azov", "Jammu and Kashmir": a name, "of" or "and", and a name are one name when the
    /// gazetteer knows the whole as a sea, landmark, region or country. Returns the run's new end.
    /// </summary>
    int OfName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Norm is not ("of" or "and") || !IsNameWord(text, tokens, end + 1)) return end;
        int k = end + 1;
        while (k < tokens.Count && IsNameWord(text, tokens, k)) k++;
        return resolver.Resolve(text[tokens[start].Start..tokens[k - 1].End]) is { Entry.Kind: EntryKind.Landmark or EntryKind.Country or EntryKind.Admin1 } ? k : end;
    }
}
