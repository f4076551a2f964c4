using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>Where the text says a place lies: "the villages of A and B in the X district", "Ain Baal near Tyre",
/// "the Tufah neighborhood of Gaza City", "Mendhar, a tehsil in Poonch district" — the container is looked up first,
/// the place inside it.</summary>
public sealed partial class PlaceMentionFinder
{
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
        if (s < 2 || tokens[s - 1].Norm != "of" || !terms.Settlement.Contains(tokens[s - 2].Norm)) return null;
        int last = first;
        while (last + 1 < runs.Count && OnlyJoiners(tokens, runs[last].End, runs[last + 1].Start)) last++;
        int k = runs[last].End;
        if (k < tokens.Count && tokens[k].Norm is "elsewhere" or "also") k++; // "villages of A and B elsewhere in the Belgorod region"
        if (k >= tokens.Count || tokens[k].Norm is not ("in" or "near")) return null;
        bool near = tokens[k].Norm == "near"; // "the town of Ain Baal near Tyre": a town locates it too
        if (++k < tokens.Count && tokens[k].Norm == "the") k++;
        if (last + 1 >= runs.Count || runs[last + 1].Start != k) return null;
        var c = runs[last + 1];
        if (c.Suffix is { } word && terms.Container.Contains(word)) return (Surface(text, tokens, c.Start, c.NameEnd, word), last + 1);
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

    /// <summary>The district or region written right after a name: "in (the) Y district", ", in Y", ", also in northwestern Y",
    /// ", a WORD ... in Y region" (a short description up to "in", which says the name is a place: "a locality", not "a cafe").</summary>
    (string Name, int Run, bool Described)? TrailingContainer(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        int k = runs[r].End;
        bool described = false;
        if (k < tokens.Count && tokens[k].Norm == ",")
        {
            k++;
            if (k < tokens.Count && tokens[k].Norm is "a" or "an")
            {
                for (int stop = Math.Min(tokens.Count, k + 10); k < stop && tokens[k].Norm is not ("in" or "," or "."); k++)
                    described |= terms.PlaceNoun.Contains(tokens[k].Norm);
                if (!described) return null;
            }
        }
        if (k < tokens.Count && tokens[k].Norm == "also") k++;
        if (k >= tokens.Count || tokens[k].Norm != "in") return null;
        if (++k < tokens.Count && tokens[k].Norm == "the") k++;
        while (k < tokens.Count && terms.Direction.Contains(tokens[k].Norm) && !char.IsUpper(text[tokens[k].Start])) k++; // "northwestern Tigray"
        int ci = runs.FindIndex(r + 1, x => x.Start >= k);
        if (ci < 0 || runs[ci].Start != k) return null;
        var c = runs[ci];
        int from = c.Start;
        for (int q = c.Start; q < c.NameEnd - 1; q++)
            if (IsPossessive(text, tokens[q])) from = q + 1; // "Mali's Timbuktu region": the region, its country an owner
        return (Surface(text, tokens, from, c.NameEnd, c.Suffix), ci, described);
    }

    /// <summary>"the Tufah neighborhood of Gaza City": a quarter named before the city it belongs to.</summary>
    (string Name, int Run)? QuarterOf(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        int k = runs[r].End;
        if (r + 1 >= runs.Count || runs[r].Suffix is not null || k + 1 >= tokens.Count || !terms.Quarter.Contains(tokens[k].Norm)) return null;
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
    (string Name, int Run)? Appositive(string text, IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        int k = runs[r].End;
        if (r + 1 >= runs.Count || k + 4 >= tokens.Count || tokens[k].Norm != "," || tokens[k + 1].Norm is not ("a" or "an")
            || tokens[k + 2].Kind != TokenKind.Word || tokens[k + 3].Norm != "in") return null;
        k += 4;
        if (tokens[k].Norm == "the") k++;
        var c = runs[r + 1];
        return c.Start == k && c.Suffix is { } word && terms.Container.Contains(word) ? (Surface(text, tokens, c.Start, c.NameEnd, word), r + 1) : null;
    }

    /// <summary>"the village of Zhuravka", "the town of Kabkabiya", "a camp in Dedebit": the text itself says a settlement is named.</summary>
    bool NamedSettlement(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && (tokens[start - 1].Norm == "of" && terms.Settlement.Contains(tokens[start - 2].Norm)
                       || tokens[start - 1].Norm == "in" && terms.Site.Contains(tokens[start - 2].Norm));

    /// <summary>"Zayarthiri township", "Zhuravka village": a settlement word written after the name.</summary>
    bool SettlementAfter(IReadOnlyList<Token> tokens, Run run) =>
        run.Suffix is null && run.End < tokens.Count && terms.SettlementAfter.Contains(tokens[run.End].Norm);

    static bool Contains(PlaceMention inner, Place outer) =>
        outer.Precision is PlacePrecision.District or PlacePrecision.Region && inner.Place.Precision <= outer.Precision
        && inner.Place.Country == outer.Country && inner.Place.Admin1 == outer.Admin1 && inner.Place.Name != outer.Name;

    /// <summary>A region, a country or an area landmark ("the Golan Heights"): "Katzrin in the Golan Heights" is where the
    /// town lies, whichever country the gazetteer files the two under.</summary>
    static bool IsArea(PlaceResolution r) =>
        r.Entry?.Kind is EntryKind.Admin1 or EntryKind.Country || r.Entry?.Kind == EntryKind.Landmark && r.Place.Precision == PlacePrecision.Region;

    /// <summary>"(the Bekaa Valley) town of", "(the Red Sea) port of": an area or sea named before a settlement word and "of".</summary>
    bool DescribesTheNext(IReadOnlyList<Token> tokens, Run run)
    {
        int k = run.Suffix == "city" ? run.End - 1 : run.End;
        if (k + 1 < tokens.Count && tokens[k].Norm is "port" or "border" or "frontline" or "coastal" && tokens[k + 1].Norm != "of") k++;
        return k + 1 < tokens.Count && (terms.Settlement.Contains(tokens[k].Norm) || tokens[k].Norm is "city" or "cities" or "port") && tokens[k + 1].Norm == "of";
    }

    /// <summary>"the al-Hazm district of the al-Jawf governorate": "of" (and "the") between a place and the next.</summary>
    static bool OfRightAfter(IReadOnlyList<Token> tokens, int end, int start) =>
        end < start && tokens[end].Norm == "of" && (start == end + 1 || start == end + 2 && tokens[end + 1].Norm == "the");

    bool InRightAfter(IReadOnlyList<Token> tokens, int end, int start)
    {
        if (end < start && tokens[end].Norm == "refugee") end++;
        if (end < start && tokens[end].Norm is "camp" or "township" or "village") end++; // "the Jabalia refugee camp in northern Gaza"
        if (end < start && tokens[end].Norm is "elsewhere" or "also") end++;
        if (end >= start || tokens[end].Norm is not ("in" or "near")) return false;
        int k = end + 1;
        if (k < start && tokens[k].Norm == "the") k++;
        if (k < start && terms.Direction.Contains(tokens[k].Norm)) k++; // "Deir al-Balah in the central Gaza Strip"
        return k == start;
    }
}
