using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>Names listed together ("Sumy, Kharkiv and Poltava regions"): what joins them and what a list's ends say.</summary>
public sealed partial class PlaceMentionFinder
{
    /// <summary>"a locality between Gossi and Inabaw", "the road between A and B": places that frame another, not hit.</summary>
    static bool Between(IReadOnlyList<Token> tokens, int listStart) => listStart > 0 && tokens[listStart - 1].Norm == "between";

    /// <summary>"Kabkabiya, North Darfur, ...": a region written after a comma right after a town in it, ending the list.</summary>
    static bool RegionAfterComma(IReadOnlyList<Token> tokens, PlaceMention town, Run run, Place region) =>
        town.Place.Precision is PlacePrecision.Town or PlacePrecision.District && town.Place.Country == region.Country && town.Place.Admin1 == region.Admin1
        && run.Start == town.End + 1 && tokens[town.End].Norm == ","
        && !(run.End < tokens.Count && tokens[run.End].Norm is "and" or "or");

    bool OnlyListWords(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!terms.ListWord.Contains(tokens[k].Norm)) return false;
        return to > from;
    }

    static bool PrecededByIn(IReadOnlyList<Token> tokens, int start)
    {
        int k = start - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        return k >= 0 && tokens[k].Norm is "in" or "on" or "and" or ",";
    }

    static int FirstOfGroup(List<PlaceMention> mentions, int group) => mentions.First(m => m.Group == group).Start;

    bool OnlyJoiners(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to <= from) return false;
        bool joiner = false;
        for (int k = from; k < to; k++)
        {
            if (terms.Joiner.Contains(tokens[k].Norm)) { joiner = true; continue; }
            // "over the Black Sea and the territory of the Republic of Crimea": one list
            if (joiner && k + 1 < to && tokens[k].Norm == "territory" && tokens[k + 1].Norm == "of") { k++; continue; }
            if (tokens[k].Norm != "the") return false;
        }
        return true;
    }

    string? LeadingRegionWord(IReadOnlyList<Token> tokens, int start) => cues.LeadingRegionWord(tokens, start);

    string? TrailingListSuffix(IReadOnlyList<Token> tokens, List<Run> runs, int r)
    {
        for (int k = r; k + 1 < runs.Count && OnlyJoiners(tokens, runs[k].End, runs[k + 1].Start); k++)
            if (runs[k + 1].Suffix is { } s && terms.Plural.Contains(s)) return s;
        return null;
    }

    const int AlikeRatio = 70;

    /// <summary>
    /// "shot down in Poltava, Sumy, ..., Kirovograd, Dnipropetrovsk and Donetsk": a list that names a region by a name its
    /// centre no longer bears (Kirovograd is now Kropyvnytskyi, Dnipropetrovsk is Dnipro) lists regions, as air force
    /// summaries do; every name in it is then its region, when each one is a first-level region of the list's country.
    /// </summary>
    void RegionList(List<PlaceMention> mentions, int from)
    {
        int to = from;
        while (to < mentions.Count && mentions[to].Group == mentions[from].Group) to++;
        if (to - from < 3 || mentions[from].Place.Country is not { } country) return;
        var regions = new PlaceResolution[to - from];
        bool renamed = false;
        for (int k = from; k < to; k++)
        {
            var m = mentions[k];
            if (m is not { Query: { } query, Resolution.Entry: { Kind: EntryKind.Place } town } || m.Place.Country != country || query.Contains(", ")
                || resolver.Resolve(query + " region") is not { Entry: { Kind: EntryKind.Admin1 } region } inRegion || inRegion.Place.Country != country)
                return;
            regions[k - from] = inRegion;
            var written = NameKey.Normalize(query);
            renamed |= FuzzySharp.Fuzz.Ratio(written, NameKey.Normalize(town.Name)) < AlikeRatio
                       && FuzzySharp.Fuzz.Ratio(written, RegionCore(region.Name)) >= AlikeRatio;
        }
        if (!renamed) return;
        for (int k = from; k < to; k++)
            mentions[k] = mentions[k] with { Place = regions[k - from].Place, Resolution = regions[k - from], Query = mentions[k].Query + " region", Strong = true };
    }

    /// <summary>"kirovohrad oblast" is "kirovohrad": a region's name without its region word.</summary>
    string RegionCore(string name)
    {
        var key = NameKey.Normalize(name);
        int space = key.LastIndexOf(' ');
        return space > 0 && terms.Region.Contains(key[(space + 1)..]) ? key[..space] : key;
    }

    /// <summary>
    /// "command rooms in Qana and Baraachit.": a name the gazetteer lacks, closing a list of hit towns, is one of them, a
    /// settlement that <see cref="ArticlePlaces"/> locates by the town before it once that town is settled. Not a person, a
    /// side, an owner ("Kyiv and Zelensky's"), nor a name the clause goes on after ("in Kyiv and Biden said").
    /// </summary>
    PlaceMention? ListMate(string text, IReadOnlyList<Token> tokens, Run run, List<PlaceMention> mentions, int group)
    {
        if (mentions.Count == 0 || mentions[^1] is not { Cue: PlaceCue.Target, Place: { Precision: PlacePrecision.Town, Country: not null } } before
            || before.Group != group || run.End < tokens.Count && tokens[run.End].Norm is not ("." or "," or ";")
            || IsPossessive(text, tokens[run.NameEnd - 1]) || IsPersonName(text, tokens, run) || ActsAsSide(text, tokens, run)
            || ClaimedByOthers(tokens, run.Start, run.NameEnd, new Place("", null, null)))
            return null;
        var written = PlaceSpelling.WithoutSmallArticle(Surface(text, tokens, run.Start, run.NameEnd, null));
        return new PlaceMention(run.Start, run.End, new Place(written, null, null), PlaceCue.Target, group, true, null, written, Settlement: true);
    }
}
