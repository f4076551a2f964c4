namespace Raidlog.Geography;

public sealed partial class Gazetteer
{
    const double AmbiguityMargin = 0.3;

    public PlaceResolution? Resolve(string surface, PlaceContext? context = null) => Explain(surface, context).Resolution;

    /// <summary>The resolution (null when none or ambiguous) with every candidate scored and the reason.</summary>
    public PlaceExplanation Explain(string surface, PlaceContext? context = null)
    {
        if (string.IsNullOrWhiteSpace(surface)) return new(surface, null, [], "empty name");
        var q = PlaceQuery.Parse(surface, Words);
        Place? within = null;
        if (q.Within is { } w && Explain(w, context).Resolution is { } container)
        {
            within = container.Place;
            context = Narrow(context, within);
        }
        var (hits, how) = Candidates(q);
        var scored = hits
            .Select(h => new ScoredCandidate(EntryList[h.Entry], h.Kind, CandidateRanker.Score(EntryList[h.Entry], h.Kind, q, context, Words)))
            .Where(c => within is null || Inside(c.Entry, within))
            .Where(c => !OutsideTheStory(c.Entry, context))
            .OrderByDescending(c => c.Score).ThenBy(c => c.Entry.Name, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0)
            return new(surface, null, [], hits.Count == 0 ? "no gazetteer entry has this name"
                : within is not null ? $"no candidate lies in {within.Name}"
                : $"only small places outside the article's countries ({string.Join(", ", context!.Countries)}) have this name");
        var best = scored[0];
        var rival = scored.Skip(1).FirstOrDefault(c => !SameArea(c.Entry, best.Entry));
        if (rival is not null && best.Score - rival.Score < AmbiguityMargin)
            return new(surface, null, scored, $"ambiguous: {Describe(best)} vs {Describe(rival)}");
        var reason = $"{how}; {Describe(best)}" + (rival is null ? "" : $", ahead of {Describe(rival)}");
        return new(surface, new PlaceResolution(best.Entry.ToPlace(), scored.Select(c => c.Entry.ToPlace()).ToList(), reason), scored, reason);
    }

    (List<(int Entry, MatchKind Kind)> Hits, string How) Candidates(PlaceQuery q)
    {
        bool IsRegion(int i) => EntryList[i].Kind is EntryKind.Admin1;
        bool IsDistrict(int i) => EntryList[i].Kind is EntryKind.District;
        List<(int Entry, MatchKind Kind)> hits;
        switch (q.Level)
        {
            case PlaceLevel.Region:
                if ((hits = RegionIndex.Find(NameVariants.AdjectiveForm(q.Core)).Where(h => IsRegion(h.Entry)).ToList()).Count > 0) return (hits, "region name");
                if ((hits = Names.Find(q.FullKey)).Count > 0) return (hits, "full name");
                if ((hits = Names.Find(q.Core).Where(h => EntryList[h.Entry].Kind != EntryKind.Place).ToList()).Count > 0) return (hits, "name");
                break;
            case PlaceLevel.District:
                if ((hits = Names.Find(q.FullKey)).Count > 0) return (hits, "full name");
                if ((hits = RegionIndex.Find(NameVariants.AdjectiveForm(q.Core)).Where(h => IsDistrict(h.Entry)).ToList()).Count > 0) return (hits, "district name");
                break;
        }
        if ((hits = Names.Find(q.FullKey)).Count > 0) return (hits, "name");
        if (q.Core != q.FullKey && (hits = Names.Find(q.Core)).Count > 0) return (hits, "name without place words");
        if (NameVariants.WithoutArticle(q.Core) is { } bare && (hits = Names.Find(bare)).Count > 0) return (hits, "name without its article");
        if ((hits = FuzzyMatcher.Find(FuzzyPool, q.Core)).Count > 0) return (hits, "close spelling");
        return ([], "");
    }

    /// <summary>
    /// A village abroad is not what an article about other countries means: when the article's countries are
    /// known, towns under 100,000 people elsewhere are not candidates (a village missing from the gazetteer
    /// must not become its namesake in another country).
    /// </summary>
    static bool OutsideTheStory(GazetteerEntry e, PlaceContext? context) =>
        context is { Countries.Count: > 0 } && e.Kind is EntryKind.Place or EntryKind.District
        && e.Population < 100_000 && (e.Country is null || !context.Countries.Contains(e.Country));

    static PlaceContext Narrow(PlaceContext? context, Place within) => new(
        [.. context?.Countries ?? [], .. within.Country is { } c ? new[] { c } : []],
        [.. context?.Admin1s ?? [], .. within.Admin1 is { } a ? new[] { a } : []]);

    static bool Inside(GazetteerEntry e, Place within) =>
        (within.Country is null || e.Country == within.Country)
        && (within.Admin1 is null || within.Precision == PlacePrecision.Country || e.Admin1 == within.Admin1);

    /// <summary>Two candidates in the same region of the same country are not a real ambiguity for the record.</summary>
    static bool SameArea(GazetteerEntry a, GazetteerEntry b) => a.Country == b.Country && a.Admin1 == b.Admin1 && a.Kind == b.Kind;

    static string Describe(ScoredCandidate c) =>
        $"{c.Entry.Name} ({c.Entry.Kind.ToString().ToLowerInvariant()}, {c.Entry.Admin1 ?? "-"}, {c.Entry.Country ?? "-"}"
        + (c.Entry.Population > 0 ? $", pop {c.Entry.Population:N0}" : "") + $", {c.Match.ToString().ToLowerInvariant()} match, score {c.Score:0.0})";
}

public sealed record ScoredCandidate(GazetteerEntry Entry, MatchKind Match, double Score);

/// <summary>Everything the resolver considered for one name, for the geocode command and for tests.</summary>
public sealed record PlaceExplanation(string Query, PlaceResolution? Resolution, IReadOnlyList<ScoredCandidate> Candidates, string Reason);
