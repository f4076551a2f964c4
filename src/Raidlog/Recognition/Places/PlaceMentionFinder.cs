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
public sealed partial class PlaceMentionFinder(LanguageLexicons data, IPlaceResolver resolver)
{
    readonly PlaceTerms terms = PlaceTerms.For(data);
    readonly PlaceCueReader cues = PlaceCueReader.For(data);

    readonly record struct Run(int Start, int End, int NameEnd, string? Suffix);

    public List<PlaceMention> FindAll(string text, Sentence sentence, bool opensParagraph)
    {
        var tokens = sentence.Tokens;
        var runs = new List<Run>();
        for (int i = 0; i < tokens.Count; i++)
        {
            bool compass = CompassWord(text, tokens, i);
            if (!compass && !IsNameWord(text, tokens, i) && !OpensWithArticle(text, tokens, i) && !LandmarkHit(text, tokens, i)
                && !ListedInLowerCase(text, tokens, runs, i)) continue;
            int j = i + 1;
            // a region word inside a run ends the name: "Kursk Region Governor Alexey Smirnov"; one that opens it is
            // the German order ("Region Kursk", "Oblast Charkiw")
            // "Deir al-Balah", "Ras al-Ain": a small article glued to the next word by a hyphen keeps the name going
            while (j < tokens.Count && (IsNameWord(text, tokens, j) || IsInnerHyphen(tokens, j) || OpensWithArticle(text, tokens, j) || InnerParticle(text, tokens, j))
                   && !(terms.Region.Contains(tokens[j - 1].Norm) && j - 1 > i)) j++;
            while (j > i + 1 && tokens[j - 1].Norm == "-") j--;
            if (compass && !CompassName(text, tokens, i, j)) continue; // "North" alone, or "North Korean": the name starts after it
            j = FacilityName(text, tokens, i, OfName(text, tokens, i, j));
            string? suffix = j < tokens.Count && terms.Region.Contains(tokens[j].Norm) ? tokens[j].Norm : null;
            // a capitalised region word ("Kursk Region") was swallowed by the run: split it off
            if (suffix is null && j - i > 1 && terms.Region.Contains(tokens[j - 1].Norm)) { suffix = tokens[j - 1].Norm; j--; }
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
                else if (suffix is null && joined && ListMate(text, tokens, run, mentions, group) is { } mate)
                    mentions.Add(mate);
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
            if (cue == PlaceCue.None && LandmarkHit(text, tokens, run.Start)) cue = PlaceCue.Target; // "damage to Putin's Kremlin"
            var cueWritten = cue; // what the words before the name say, before its role in the sentence is weighed
            if (opensParagraph && run.Start == 0 && run.End < tokens.Count && tokens[run.End].Norm is "," or "(" or ":" && IsAllCaps(text, tokens[run.Start]))
                cue = PlaceCue.Elsewhere; // a dateline names the reporter's city
            else if (opensParagraph && mentions.Count > 0 && mentions[^1] is { Start: 0, Cue: PlaceCue.Elsewhere } dateline
                     && run.Start == dateline.End + 1 && tokens[dateline.End].Norm == "," && IsAllCaps(text, tokens[0]))
                cue = PlaceCue.Elsewhere; // and its region: "ERBIL, Kurdistan Region - Three people were killed"
            if (cue == PlaceCue.None && suffix is null && (ActsAsSide(text, tokens, run) || SourceAfterDash(tokens, run, resolved))) cue = PlaceCue.Elsewhere;
            if (IsRoad(tokens, run) || Between(tokens, listStart) || IsRiver(tokens, run) || NamesAnOrganisation(tokens, run, found)) cue = PlaceCue.Elsewhere;
            // "the Belgorod region's Valuysky district": the region owns the place named next, which is the one hit
            if (run.Suffix is not null && IsPossessive(text, tokens[run.End - 1]) && r + 1 < runs.Count && runs[r + 1].Start == run.End) cue = PlaceCue.Elsewhere;
            // "in Azerbaijan city", "a Ukraine town": a country before a settlement word describes an unnamed town
            if (resolved.Entry?.Kind == EntryKind.Country && (run.Suffix == "city" || run.End < tokens.Count && terms.Settlement.Contains(tokens[run.End].Norm))
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
            bool strong = suffix != null || cue != PlaceCue.None || inside is not null || resolved.Place.Precision is PlacePrecision.Region or PlacePrecision.Country or PlacePrecision.Water;
            var place = PlaceSpelling.AsWritten(resolved, Surface(text, tokens, found.From, found.To, found.Suffix), terms);
            mentions.Add(new PlaceMention(run.Start, run.End, place, cue, group, strong, resolved, found.Query, NamedSettlement(tokens, run.Start)));
        }
        if (measured is not null) OnlyTheCountry(mentions, measured);
        for (int k = 0; k < mentions.Count; k++)
            if (k == 0 || mentions[k].Group != mentions[k - 1].Group) RegionList(mentions, k);
        AddCapitals(text, tokens, mentions, group + 1);
        return mentions;
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

    static bool ByContainerOnly(PlaceResolution r) => r.Reason.StartsWith("no '", StringComparison.Ordinal);

    static bool StandsAlone(PlaceResolution r) =>
        r.Entry is { Kind: EntryKind.Country or EntryKind.Admin1 } || r.Match == MatchKind.Name && r.Entry is { Population: >= 100_000 };
}
