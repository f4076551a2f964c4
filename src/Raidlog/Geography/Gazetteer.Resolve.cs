namespace Raidlog.Geography;

public sealed partial class Gazetteer
{
    const double AmbiguityMargin = 0.25;

    public PlaceResolution? Resolve(string surface, PlaceContext? context = null) => Explain(surface, context).Resolution;

    /// <summary>The resolution (null when none or ambiguous) with every candidate scored and the reason.</summary>
    public PlaceExplanation Explain(string surface, PlaceContext? context = null)
    {
        if (string.IsNullOrWhiteSpace(surface)) return new(surface, null, [], "empty name");
        var q = PlaceQuery.Parse(surface, Words);
        Place? within = null;
        var container = q.Within is { } w ? Explain(w, context) : null; // in the article's context, before it narrows
        if (container?.Resolution is { } found)
        {
            within = found.Place;
            context = Narrow(context, within);
        }
        var (hits, how) = Candidates(q);
        var scored = hits
            .Select(h => new ScoredCandidate(EntryList[h.Entry], h.Kind, CandidateRanker.Score(EntryList[h.Entry], h.Kind, q, context, Words)))
            .Where(c => within is null || Inside(c.Entry, within))
            .Where(c => !OutsideTheStory(c.Entry, context))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Entry.Name, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0 && within is not null && container is not null)
        {
            var located = container;
            var only = $"no '{q.Core}' known in {within.Name}: the place is only located by its container";
            return located with { Query = surface, Reason = only, Resolution = located.Resolution is { } r ? r with { Reason = only, Match = MatchKind.StandsFor } : null };
        }
        if (scored.Count == 0)
            return new(surface, null, [], hits.Count == 0 ? "no gazetteer entry has this name"
                : within is not null ? $"no candidate lies in {within.Name}"
                : context is { Countries.Count: > 0 }
                    ? $"only small places outside the article's countries ({string.Join(", ", context.Countries)}) have this name"
                    : "only small places outside the conflicts' countries have this name");
        var best = scored[0];
        // "Basra" is both a city and its governorate: unless region words ask for the region, the town is meant.
        if (best.Entry.Kind == EntryKind.Admin1 && q.Level != PlaceLevel.Region
            && scored.FirstOrDefault(c => c.Entry.Kind == EntryKind.Place && InRegion(c.Entry, best.Entry) && best.Score - c.Score < AmbiguityMargin) is { } town)
            best = town;
        var rival = scored.FirstOrDefault(c => c != best && !SameArea(c.Entry, best.Entry) && !InRegion(best.Entry, c.Entry));
        if (rival is not null && best.Score - rival.Score < AmbiguityMargin)
            return new(surface, null, scored, $"ambiguous: {Describe(best)} vs {Describe(rival)}");
        var reason = $"{how}; {Describe(best)}" + (rival is null ? "" : $", ahead of {Describe(rival)}");
        var (entry, match) = (best.Entry, best.Match);
        if (CityOf(entry, q.Level) is { } city)
        {
            reason += $"; {entry.Name} lies in {city.Name}, which a record names";
            (entry, match) = (city, MatchKind.StandsFor);
        }
        var resolution = new PlaceResolution(entry.ToPlace(), scored.Select(c => c.Entry.ToPlace()).ToList(), reason, entry, match);
        return new(surface, resolution, scored, reason);
    }

    /// <summary>The first way of reading the name that finds entries, tried in order from the most literal.</summary>
    (List<(int Entry, MatchKind Kind)> Hits, string How) Candidates(PlaceQuery q)
    {
        foreach (var (lookup, how) in Lookups(q))
            if (lookup() is { Count: > 0 } hits) return (hits, how);
        return ([], "");
    }

    IEnumerable<(Func<List<(int Entry, MatchKind Kind)>> Lookup, string How)> Lookups(PlaceQuery q)
    {
        bool cyrillic = CyrillicForms.IsCyrillic(q.Core);
        List<(int, MatchKind)> Regions(string key, EntryKind kind) =>
            RegionIndex.Find(key).Where(h => EntryList[h.Entry].Kind == kind).ToList();
        switch (q.Level)
        {
            case PlaceLevel.Region:
                // "Kurdistan Region" is Iraq's, a landmark by its full name, before Iran's Kurdistan Province
                yield return (() => Names.Find(q.FullKey).Where(h => EntryList[h.Entry].Kind == EntryKind.Landmark).ToList(), "landmark name");
                yield return (() => Regions(NameVariants.AdjectiveForm(q.Core), EntryKind.Admin1), "region name");
                if (cyrillic) yield return (() => Regions(CyrillicForms.Stem(q.Core), EntryKind.Admin1), "region adjective");
                foreach (var stem in NameVariants.LatinRegionStems(q.Core))
                    yield return (() => Regions(stem, EntryKind.Admin1), "romanised region adjective");
                yield return (() => Names.Find(q.FullKey), "full name");
                yield return (() => Names.Find(q.Core).Where(h => EntryList[h.Entry].Kind != EntryKind.Place).ToList(), "name");
                if (NameSkeleton.Of(NameVariants.AdjectiveForm(q.Core)) is { } region)
                    yield return (() => Alike(Regions(region, EntryKind.Admin1), q.Core), "region name in another romanisation");
                break;
            case PlaceLevel.District:
                // "Poonch district" is Pakistan's by its full name and India's Punch by another romanisation: both
                // compete, so the article's country can choose
                yield return (() => Names.Find(q.FullKey) is { Count: > 0 } full && NameSkeleton.Of(NameVariants.AdjectiveForm(q.Core)) is { } twin
                    ? [.. full, .. Alike(Regions(twin, EntryKind.District), q.Core).Where(h => !full.Any(f => f.Entry == h.Entry))]
                    : Names.Find(q.FullKey), "full name");
                yield return (() => Regions(NameVariants.AdjectiveForm(q.Core), EntryKind.District), "district name");
                foreach (var adjective in NameVariants.DistrictAdjectives(q.Core))
                    yield return (() => Regions(adjective, EntryKind.District), "district named after a noun");
                if (NameSkeleton.Of(NameVariants.AdjectiveForm(q.Core)) is { } district)
                    yield return (() => Alike(Regions(district, EntryKind.District), q.Core), "district name in another romanisation");
                break;
        }
        yield return (() => Names.Find(q.FullKey), "name");
        if (q.Core != q.FullKey) yield return (() => Names.Find(q.Core), "name without place words");
        if (NameVariants.WithoutArticle(q.Core) is { } bare) yield return (() => Names.Find(bare), "name without its article");
        if (cyrillic)
        {
            foreach (var nominative in CyrillicForms.Nominatives(q.Core))
                yield return (() => Names.Find(nominative), $"declined name (as {nominative})");
            yield return (() => Regions(CyrillicForms.Stem(q.Core), EntryKind.Admin1), "region name form");
        }
        if (NameSkeleton.Of(q.Core) is { } skeleton) yield return (() => Alike(Names.Find(skeleton), q.Core), "another romanisation");
        yield return (() => FuzzyMatcher.Find(FuzzyPool, q.Core), "close spelling");
    }

    /// <summary>A skeleton match whose name is still recognisably the one written ("Bent Jbaïl" for "Bint Jbeil"), not
    /// another name that happens to share its consonants.</summary>
    List<(int Entry, MatchKind Kind)> Alike(List<(int Entry, MatchKind Kind)> hits, string key) =>
        hits.Where(h => FuzzySharp.Fuzz.Ratio(key, RegionCore(EntryList[h.Entry].Name)) >= MinRomanisationRatio
                        || FuzzySharp.Fuzz.Ratio(key, NameKey.Normalize(EntryList[h.Entry].Name)) >= MinRomanisationRatio).ToList();

    const int MinRomanisationRatio = 70;

    /// <summary>
    /// A village abroad is not what an article about other countries means: when the article's countries are
    /// known, towns under 100,000 people elsewhere are not candidates (a village missing from the gazetteer
    /// must not become its namesake in another country, nor a region abroad: "Uri" in a story on India is not the
    /// Swiss canton); when they are not, the conflicts' countries stand in
    /// (so "August" and "Force" stay words, not villages in California and Italy).
    /// </summary>
    static bool OutsideTheStory(GazetteerEntry e, PlaceContext? context) =>
        e.Kind == EntryKind.Admin1 && context is { Countries.Count: > 0 } && (e.Country is null || !context.Countries.Contains(e.Country))
        || e.Kind is EntryKind.Place or EntryKind.District && e.Population < 100_000
        && (context is { Countries.Count: > 0 }
            ? e.Country is null || !context.Countries.Contains(e.Country)
            : e.Country is null || !CandidateRanker.IsConflictCountry(e.Country)); // no article countries: the conflicts' own

    static PlaceContext Narrow(PlaceContext? context, Place within) => new(
        [.. context?.Countries ?? [], .. within.Country is { } c ? new[] { c } : []],
        [.. context?.Admin1s ?? [], .. within.Admin1 is { } a ? new[] { a } : []]);

    static bool Inside(GazetteerEntry e, Place within) =>
        (within.Country is null || e.Country == within.Country)
        && (within.Admin1 is null || within.Precision == PlacePrecision.Country || e.Admin1 == within.Admin1);

    static bool InRegion(GazetteerEntry place, GazetteerEntry region) =>
        region.Kind == EntryKind.Admin1 && place.Country == region.Country && place.Admin1 == region.Name;

    /// <summary>Two candidates in the same region of the same country are not a real ambiguity for the record.</summary>
    static bool SameArea(GazetteerEntry a, GazetteerEntry b) => a.Country == b.Country && a.Admin1 == b.Admin1 && a.Kind == b.Kind;

    static string Describe(ScoredCandidate c) =>
        $"{c.Entry.Name} ({c.Entry.Kind.ToString().ToLowerInvariant()}, {c.Entry.Admin1 ?? "-"}, {c.Entry.Country ?? "-"}"
        + (c.Entry.Population > 0 ? $", pop {c.Entry.Population:N0}" : "") + $", {c.Match.ToString().ToLowerInvariant()} match, score {c.Score:0.0})";
}

public sealed record ScoredCandidate(GazetteerEntry Entry, MatchKind Match, double Score);

/// <summary>Everything the resolver considered for one name, for the geocode command and for tests.</summary>
public sealed record PlaceExplanation(string Query, PlaceResolution? Resolution, IReadOnlyList<ScoredCandidate> Candidates, string Reason);
