using Raidlog.Geography;
using Raidlog.Recognition;
using Raidlog.Recognition.Actors;
using Raidlog.Recognition.Claims;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Places;
using Raidlog.Recognition.Times;
using Raidlog.Text;

namespace Raidlog.Incidents.Assembly;

/// <summary>
/// Gathers sentence frames into document incidents, one per place per date: a figure goes to the place
/// its sentence names for it; a figure for a list of places, or for none, is the wave total of the target
/// country; a casualty figure without a place belongs to the incident just reported. Every place named as
/// hit in an attack sentence is an incident even without figures. Launch sites, siren towns and datelines are not.
/// </summary>
public sealed class IncidentAssembler(LanguageLexicons data)
{
    readonly FrameBuilder _frames = new(data.FrameWords);
    readonly ClaimantFinder _claimants = ClaimantFinder.For(data.Language);
    readonly AttackerResolver _attackers = AttackerResolver.For(data.Language);

    public List<Incident> Assemble(string text, IReadOnlyList<SentenceMentions> sentences, Func<Sentence, GoverningDate> dateOf, Func<TextSpan, TextSpan> toOriginal, ICollection<string>? trace = null)
    {
        var drafts = new Dictionary<(string, DateOnly?), IncidentDraft>();
        var order = new List<IncidentDraft>();
        var docCountry = DominantCountry(sentences);
        var articleAttackers = _attackers.FindAll(text);
        var lastMode = AttackMode.Unknown;
        var seenModes = new HashSet<AttackMode>();
        var lastKind = FrameBuilder.Kind.None;
        Figure? listed = null; // the figure a list opened by the previous sentence carries
        // casualties told before any place ("A drone strike killed 14 people." then "... in Kidal"): they wait for the first place
        var waiting = new List<(Frame Frame, SentenceMentions Sentence, DateOnly? Date, string? Claimant, Place? Office)>();
        Place? office = null; // the place the last official quoted speaks for ("the governor of Kursk")
        IncidentDraft? lastDraft = null;
        string? previous = null;
        bool previousWasAttack = false;
        bool countryInFocus = false; // the last attack sentence named a country as the target: placeless totals are its

        IncidentDraft Draft(Place place, DateOnly? date)
        {
            var key = (place.Name.ToLowerInvariant(), date);
            if (!drafts.TryGetValue(key, out var d)) { drafts[key] = d = new IncidentDraft(place, date); order.Add(d); }
            return d;
        }

        foreach (var s in sentences)
        {
            var sentenceText = s.Sentence.Span.Of(text);
            var claimant = _claimants.Find(sentenceText, previous);
            previous = sentenceText;
            var governing = dateOf(s.Sentence);
            var date = governing.Date;
            // "an attack late last month killed 25": another time than the incident just told of, whose day is not given
            bool otherTime = governing.Basis == DateBasis.OwnMentionWithoutDay;
            office = s.Places.LastOrDefault(p => p.Cue == PlaceCue.Office)?.Place ?? office;
            var modes = s.Weapons.Where(w => w.Value.Mode != AttackMode.Unknown).Select(w => w.Value.Mode).Distinct().ToList();
            seenModes.UnionWith(modes);
            // a sentence that names no weapon tells of the attack so far: of a wave of drones and missiles, "mixed"
            var sentenceMode = modes.Count > 0 ? Combine(modes) : seenModes.Count > 0 ? Combine(seenModes.ToList()) : lastMode;
            if (modes.Count > 0) lastMode = sentenceMode;
            var touched = new List<IncidentDraft>();
            trace?.Add(SentenceTrace.Describe(s, date));

            var frames = _frames.Build(s, lastKind, listed);
            if (frames.Count > 0) listed = EndsWithColon(s) || listed is not null && frames.All(f => f.Figure == listed) ? frames[^1].Figure : null;
            else if (s.Numbers.Count > 0 || s.Outcomes.Count > 0) listed = null;
            foreach (var frame in frames)
            {
                var f = frame.Mode == AttackMode.Unknown ? frame with { Mode = sentenceMode } : frame;
                bool people = f.Figure is Figure.Killed or Figure.Injured;
                IncidentDraft? d = null;
                if (f.Place is { } p && !f.IsWave) d = Draft(p.Place, date);
                // "35 drones against Atbara, Al-Damer and Berber in River Nile State": a list's total is its region's
                else if (f.IsWave && f.Place is { } member && RegionOfList(s, member) is { } region) d = Draft(region.Place, date);
                // casualties an official gives for his area ("the governor of the Bryansk region said one was hospitalised")
                else if (people && f.Place is null && !f.IsWave && HitPlaces(s).FirstOrDefault() is { Cue: PlaceCue.Office } area) d = Draft(area.Place, date);
                // "a drone attacked an airbase deep inside Russian territory, killing 3" after a strike on Kharkiv: that country's
                else if (people && f.Place is null && lastDraft != null && s.Places.FirstOrDefault(p => p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target) is { } named
                         && named.Place.Country != lastDraft.Place.Country) d = Draft(named.Place, date);
                // "across Ukraine, four people were killed": the country's, not the place just told of
                else if (f.Place is null && Nationwide(s) && (s.Places.FirstOrDefault(p => p.IsCountry)?.Place.Country ?? lastDraft?.Place.Country) is { } iso
                         && data.CountryNames.TryGetValue(iso, out var countryName))
                    d = Draft(new Place(countryName, null, iso, Precision: PlacePrecision.Country), date);
                // casualties without a place belong to the incident just told of, or to its place on the sentence's own day
                else if (people && f.Place is null && lastDraft != null)
                    d = otherTime && lastDraft.Date is not null ? Draft(lastDraft.Place, null)
                        : date is null || lastDraft.Date is null || lastDraft.Date == date ? lastDraft : Draft(lastDraft.Place, date);
                else if (people && f.Place is null && !f.IsWave)
                {
                    trace?.Add($"    {f.Figure.ToWire()} {f.Value} waits for a place");
                    waiting.Add((f, s, date, claimant?.Claimant, office));
                    continue;
                }
                else if (f.Place is null && !f.IsWave && lastDraft is { Place.Precision: not PlacePrecision.Country } && !countryInFocus && (ContinuesFocus(s) || OnlyPlace(order, s))
                         // "the Russian Defence Ministry said it intercepted 12 drones" after a Russian strike on Odesa is another attack
                         && !(DefendingSide(s, claimant?.Side) is { } side && lastDraft.Attackers.ContainsKey(side))) d = lastDraft;
                else if (TargetCountry(s, f, docCountry, claimant?.Side) is { } c) d = Draft(c, date);
                trace?.Add($"    {f.Figure.ToWire()} {f.Value} {f.Mode} '{f.Noun}' place={f.Place?.Place.Name ?? "-"}{(f.IsWave ? " (wave)" : "")} -> {d?.Place.Name ?? "dropped"}");
                if (d is null) continue;
                Give(d, f, claimant?.Claimant);
                touched.Add(d);
                lastKind = people ? FrameBuilder.Kind.People : FrameBuilder.Kind.Weapon;
            }
            if (s.Weapons.Any(w => w.Value.Counted) && lastKind == FrameBuilder.Kind.None) lastKind = FrameBuilder.Kind.Weapon;
            // "eight drones attacked; all were shot down": "all" is the number launched, unless the outcomes are counted apart later
            if (AllOutcome(s) is { } all && (touched.LastOrDefault() ?? lastDraft) is { } target)
            {
                target.All ??= (new Frame(all, 0, AttackMode.Unknown, "", null, false, s.Sentence.Index, s.Sentence.Span), claimant?.Claimant);
                trace?.Add($"    {all.ToWire()} all -> {target.Place.Name}");
                touched.Add(target);
            }

            bool attack = s.Weapons.Count > 0 || s.Casualties.Count > 0 || s.Outcomes.Any(o => o.Value != Outcome.Launched)
                || (previousWasAttack && s.Places.GroupBy(p => p.Group).Any(g => g.Count() >= 3)); // "These are Kyiv, Lviv, Rivne, ..."
            // a sentence with neither weapons nor places ("more than 20 towns were affected") keeps the attack going
            if (s.Weapons.Count > 0 || s.Casualties.Count > 0) previousWasAttack = true;
            else if (s.Places.Count > 0) previousWasAttack = false;
            if (attack)
                foreach (var p in HitPlaces(s))
                {
                    var d = Draft(p.Place, date);
                    d.AddMode(NearestMode(s, p) ?? sentenceMode);
                    d.AddEvidence(s.Sentence.Span);
                    touched.Add(d);
                }
            if (attack && s.Places.Count > 0) countryInFocus = s.Places.Any(p => p.IsCountry && p.Cue == PlaceCue.Target);
            // the first place named on the same day (a background sentence about another day does not take them)
            if (waiting.Count > 0 && touched.FirstOrDefault(t => t.Place.Precision != PlacePrecision.Country) is { } first)
            {
                foreach (var w in waiting.Where(w => w.Date is null || first.Date is null || w.Date == first.Date)) Give(first, w.Frame, w.Claimant);
                waiting.RemoveAll(w => w.Date is null || first.Date is null || w.Date == first.Date);
            }
            foreach (var d in touched.Distinct())
            {
                Attribute(d, sentenceText, claimant?.Side, articleAttackers);
                lastDraft = d;
            }
        }
        // casualties no place ever claimed: the official's place who gave them, else the target country's
        var firstOffice = sentences.SelectMany(s => s.Places).FirstOrDefault(p => p.Cue == PlaceCue.Office)?.Place;
        foreach (var w in waiting)
            if ((w.Office ?? firstOffice ?? TargetCountry(w.Sentence, w.Frame, docCountry)) is { } c)
            {
                var d = Draft(c, w.Date);
                Give(d, w.Frame, w.Claimant);
                if (c.Precision != PlacePrecision.Country) Attribute(d, w.Sentence.Sentence.Span.Of(text), null, articleAttackers);
            }
        return FoldIntoTown(FoldNamesakes(order)).Select(d => d.ToIncident(toOriginal)).ToList();
    }

    void Attribute(IncidentDraft d, string sentenceText, string? claimantSide, IReadOnlyList<AttackerMention> articleAttackers)
    {
        var guess = _attackers.Resolve(sentenceText, new AttackerContext(claimantSide, d.Place.Country, d.Place.Admin1, articleAttackers));
        // a side attacking its own country's soil is said outright or known from the conflict (Sudan, Crimea), never guessed
        if (guess.Iso2 is { } a && (a != d.Place.Country || guess.Basis == AttackerBasis.TargetFallback))
            d.Attackers[a] = d.Attackers.GetValueOrDefault(a) + (guess.Basis == AttackerBasis.Stated ? 3 : 1);
    }

    /// <summary>The first-level region named after a list of towns that all lie in it.</summary>
    static PlaceMention? RegionOfList(SentenceMentions s, PlaceMention member)
    {
        var list = s.Places.Where(p => p.Group == member.Group && !p.IsCountry).ToList();
        return s.Places.FirstOrDefault(r => r.Place.Precision == PlacePrecision.Region && r.Group != member.Group && r.Start >= list[^1].End
            && list.All(t => t.Place.Name != r.Place.Name && t.Place.Country == r.Place.Country && t.Place.Admin1 == r.Place.Admin1));
    }

    /// <summary>"across Ukraine", "throughout the country", "nationwide".</summary>
    bool Nationwide(SentenceMentions s)
    {
        for (int k = 0; k < s.Tokens.Count; k++)
        {
            if (!data.FrameWords.Is(s.Tokens[k].Norm, "nationwide")) continue;
            if (s.Tokens[k].Norm == "nationwide" || s.Places.Any(p => p.IsCountry && p.Start <= k + 1 && p.End > k)
                || k + 2 < s.Tokens.Count && s.Tokens[k + 1].Norm == "the" && s.Tokens[k + 2].Norm == "country") return true;
        }
        return false;
    }

    /// <summary>The places an attack sentence tells of as hit; an official's place when it names no other ("the Belgorod
    /// governor said two drones struck a village").</summary>
    static IEnumerable<PlaceMention> HitPlaces(SentenceMentions s)
    {
        var hit = s.Places.Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target).ToList();
        // "in Finote Selam town in West Gojjam zone, in the Amhara regional state": the region only says where the town is
        hit.RemoveAll(r => r.Place.Precision == PlacePrecision.Region && r.Resolution?.Entry?.Kind == EntryKind.Admin1 && hit.Any(t => t.End <= r.Start && t.Place.Precision < PlacePrecision.Region
            && t.Place.Country == r.Place.Country && t.Place.Admin1 == r.Place.Admin1));
        return hit.Count > 0 ? hit : s.Places.Where(p => !p.IsCountry && p.Cue == PlaceCue.Office);
    }

    /// <summary>"Three of these drones were jammed": a sentence that names no place and points back at the weapons just
    /// counted continues the incident it follows, not the country's wave total.</summary>
    bool ContinuesFocus(SentenceMentions s) =>
        !s.Places.Any(p => p.IsCountry) && s.Tokens.Any(t => data.FrameWords.Is(t.Norm, "anaphora"));

    /// <summary>A capital city with a region of its own name ("Moscow", "the Moscow region") is told as one attack when
    /// each gives figures the other lacks (drones "flying at Moscow" downed over the region).</summary>
    static bool Complementary(IncidentDraft a, IncidentDraft b) => !a.Figures.Keys.Intersect(b.Figures.Keys).Any();

    /// <summary>
    /// "Belgorod" and "the Belgorod region" on one day are, in nearly every report, one attack told twice (the
    /// governor's city and his region): the two drafts become one, named as the one with more figures.
    /// </summary>
    static List<IncidentDraft> FoldNamesakes(List<IncidentDraft> drafts)
    {
        var result = new List<IncidentDraft>(drafts);
        foreach (var region in drafts.Where(d => d.Place.Precision == PlacePrecision.Region))
        {
            var town = result.FirstOrDefault(t => t.Place.Precision == PlacePrecision.Town && t.Date == region.Date
                && t.Place.Country == region.Place.Country && (t.Place.Admin1 == region.Place.Admin1 || Complementary(t, region))
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
    /// Malokaterynivka": casualties told of a region on a day the report names one town of it are that town's.
    /// Interceptions over a region stay the region's.
    /// </summary>
    static List<IncidentDraft> FoldIntoTown(List<IncidentDraft> drafts)
    {
        var result = new List<IncidentDraft>(drafts);
        foreach (var region in drafts.Where(d => d.Place.Precision == PlacePrecision.Region && d.Place.CanonicalName == d.Place.Admin1
                     && d.Figures.Keys.All(f => f is Figure.Killed or Figure.Injured)))
        {
            var towns = result.Where(t => t.Place.Precision == PlacePrecision.Town && t.Date == region.Date
                && t.Place.Country == region.Place.Country && t.Place.Admin1 == region.Place.Admin1).ToList();
            if (towns.Count != 1 || towns[0].Figures.Count > 0) continue;
            towns[0].Absorb(region);
            result.Remove(region);
        }
        return result;
    }

    static void Give(IncidentDraft d, Frame f, string? claimant)
    {
        d.AddFigure(f);
        d.Claims.Add(new Claim(f.Figure.ToWire(), f.Value, claimant, f.Evidence));
    }

    static bool EndsWithColon(SentenceMentions s) => s.Tokens.Count > 0 && s.Tokens[^1].Norm == ":";

    /// <summary>The article so far tells of one place only, and this sentence names no other: its figures are that place's.</summary>
    static bool OnlyPlace(List<IncidentDraft> drafts, SentenceMentions s) =>
        s.Places.Count == 0 && drafts.Where(d => d.Place.Precision != PlacePrecision.Country).Select(d => RootName(d.Place)).Distinct().Count() == 1;

    /// <summary>"Moscow Oblast" → "Moscow": a region and its namesake city count as one place of the story.</summary>
    static string RootName(Place p) =>
        p.Precision == PlacePrecision.Region && p.Name.LastIndexOf(' ') is > 0 and var cut ? p.Name[..cut] : p.Name;

    /// <summary>The defence outcome that "all" takes in a sentence with no figure of its own ("all of them were downed").</summary>
    Figure? AllOutcome(SentenceMentions s)
    {
        for (int k = 0; k < s.Tokens.Count; k++)
        {
            if (!data.FrameWords.Is(s.Tokens[k].Norm, "all") || s.Numbers.Any(n => n.Value is > 0 && n.Start > k)) continue;
            var o = s.Outcomes.FirstOrDefault(o => o.Start > k && o.Start - k <= 6);
            if (o.End > 0) return o.Value switch { Outcome.Intercepted => Figure.Intercepted, Outcome.Suppressed => Figure.Suppressed, _ => null };
        }
        return null;
    }

    /// <summary>Drones and missiles together are "mixed"; aircraft beside them are the defence's ("jets shot down drones").</summary>
    static AttackMode Combine(List<AttackMode> modes) =>
        modes.Contains(AttackMode.Drone) && modes.Contains(AttackMode.Missile) ? AttackMode.Mixed
        : modes.Contains(AttackMode.Air) && modes.Count > 1 ? modes.First(m => m != AttackMode.Air)
        : modes[0];

    /// <summary>The mode of the counted weapon nearest the place: "drones over Odesa" in a sentence that also names missile units.</summary>
    static AttackMode? NearestMode(SentenceMentions s, PlaceMention p)
    {
        var counted = s.Weapons.Where(w => w.Value.Counted && w.Value.Mode != AttackMode.Unknown).ToList();
        if (counted.Count == 0) return null;
        return counted.OrderBy(w => w.End <= p.Start ? p.Start - w.End : (w.Start - p.End) * 2).First().Value.Mode;
    }

    Place? TargetCountry(SentenceMentions s, Frame f, string? docCountry, string? claimantSide = null)
    {
        string? iso = f.Place?.Place.Country
            ?? s.Places.FirstOrDefault(p => p.IsCountry && p.Cue == PlaceCue.Target)?.Place.Country
            ?? s.Places.FirstOrDefault(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target)?.Place.Country
            ?? DefendingSide(s, claimantSide)
            ?? docCountry
            ?? Defender(s);
        if (iso is null || !data.CountryNames.TryGetValue(iso, out var name)) return null;
        return new Place(name, null, iso, Precision: PlacePrecision.Country);
    }

    /// <summary>Who shot down what a sentence counts: its defender, else the side of the source that says so ("the Russian
    /// Defence Ministry said it intercepted 12 drones"). None when the sentence tells of no defence.</summary>
    string? DefendingSide(SentenceMentions s, string? claimantSide) =>
        s.Outcomes.Any(o => o.Value is Outcome.Intercepted or Outcome.Suppressed) ? Defender(s) ?? claimantSide : null;

    /// <summary>"Ukrainian air defence shot down…", "Ukraine's Air Force said it shot down…": the side defending is the country attacked.</summary>
    string? Defender(SentenceMentions s) =>
        s.Actors.Where(a => DefenderAt(s, a.End)).Select(a => a.Value)
            .Concat(s.Places.Where(p => p.IsCountry && DefenderAt(s, p.End)).Select(p => p.Place.Country)).FirstOrDefault();

    bool DefenderAt(SentenceMentions s, int k) => k < s.Tokens.Count && data.FrameWords.Is(s.Tokens[k].Norm, "defender");

    static string? DominantCountry(IReadOnlyList<SentenceMentions> sentences) =>
        sentences.SelectMany(s => s.Places).Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target)
            .GroupBy(p => p.Place.Country).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
