using Raidlog.Geography;

namespace Raidlog.Recognition.Places;

/// <summary>
/// What the whole article says about its places, applied to each mention once every sentence is read:
/// an ambiguous name is looked up again with the article's countries and regions (Dubovoye in the Belgorod
/// story is the Belgorod village); a town known only by an alternate name, in a country the article never
/// names, is not meant (Qana is not Qinā in Egypt); towns the text does not mark as places must lie in the
/// article's countries (<see cref="PlausiblePlaces"/>); and one place keeps one spelling throughout.
/// </summary>
public static class ArticlePlaces
{
    public static void Settle(IReadOnlyList<SentenceMentions> sentences, IPlaceResolver resolver)
    {
        var all = sentences.SelectMany(s => s.Places).ToList();
        var countries = all.Where(p => p.IsCountry || p.Strong && p.Resolution?.Match == MatchKind.Name && !Unmarked(p))
            .Select(p => p.Place.Country).Concat(sentences.SelectMany(s => s.Actors).Select(a => a.Value))
            .OfType<string>().ToHashSet();
        var regions = all.Where(p => p.Place.Precision == PlacePrecision.Region && !Unmarked(p)
                                     || p.Resolution is { Candidates.Count: 1 } || p.Strong && p.Resolution?.Match == MatchKind.Name)
            .Select(p => p.Place.Admin1).OfType<string>().ToHashSet();
        var context = new PlaceContext(countries, regions);
        foreach (var s in sentences)
        {
            for (int i = 0; i < s.Places.Count; i++)
                s.Places[i] = InContext(s.Places[i], context, resolver);
            s.Places.RemoveAll(p => Foreign(p, countries));
        }
        PlausiblePlaces.Filter(sentences);
        OneSpelling(sentences);
    }

    static PlaceMention InContext(PlaceMention m, PlaceContext context, IPlaceResolver resolver)
    {
        if (m.Resolution is not { Candidates.Count: > 1 } r || m.Query is null || m.Place.Precision is not (PlacePrecision.Town or PlacePrecision.District))
            return m;
        if (resolver.Resolve(m.Query, context) is not { } again || again.Entry == r.Entry || again.Match == MatchKind.Fuzzy) return m;
        var written = m.Query.Split(", ")[0]; // the name as the text has it, without its owner ("Bint Jbeil, Lebanon")
        return m with { Place = PlaceSpelling.AsWritten(again, written), Resolution = again };
    }

    /// <summary>
    /// A town known only by an alternate name, or a region named without a region word ("Unity", "Uri", "Nord"),
    /// in a country the article gives no other sign of: a word that happens to be a name somewhere.
    /// </summary>
    static bool Foreign(PlaceMention m, HashSet<string> countries) =>
        (m.Resolution is { Match: not MatchKind.Name, Entry.Kind: EntryKind.Place } || Unmarked(m))
        && m.Place.Country is { } c && !countries.Contains(c);

    static readonly HashSet<string> RegionWords = ["region", "oblast", "province", "governorate", "state", "krai", "republic", "district", "raion", "county"];

    /// <summary>A first-level region outside the conflicts' countries that the text names with no region word after it.</summary>
    static bool Unmarked(PlaceMention m) =>
        m.Resolution?.Entry is { Kind: EntryKind.Admin1, Country: { } c } && !CandidateRanker.IsConflictCountry(c)
        && m.Query is { } q && !RegionWords.Contains(q.Split(' ')[^1].ToLowerInvariant());

    /// <summary>The first spelling of a place in the article is the one every later mention of it uses.</summary>
    static void OneSpelling(IReadOnlyList<SentenceMentions> sentences)
    {
        var first = new Dictionary<(string, string?, string?), string>();
        foreach (var s in sentences)
            for (int i = 0; i < s.Places.Count; i++)
            {
                var p = s.Places[i].Place;
                var key = (p.CanonicalName, p.Admin1, p.Country);
                if (!first.TryAdd(key, p.Name) && first[key] != p.Name)
                    s.Places[i] = s.Places[i] with { Place = p with { Name = first[key], Canonical = first[key] == p.CanonicalName ? null : p.CanonicalName } };
            }
    }
}
