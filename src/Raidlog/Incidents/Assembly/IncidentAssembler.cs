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
        var st = new ArticleDrafts(DominantCountry(sentences));
        var articleAttackers = _attackers.FindAll(text);
        var lastMode = AttackMode.Unknown;
        var seenModes = new HashSet<AttackMode>();
        var lastKind = FrameBuilder.Kind.None;
        Figure? listed = null; // the figure a list opened by the previous sentence carries
        string? previous = null;
        bool previousWasAttack = false;

        foreach (var s in sentences)
        {
            var sentenceText = s.Sentence.Span.Of(text);
            var claimant = _claimants.Find(sentenceText, previous);
            previous = sentenceText;
            var governing = dateOf(s.Sentence);
            var date = governing.Basis == DateBasis.OwnMentionWithoutDay ? YearUnknown.Elsewhen(s.Sentence.Index) : governing.Date;
            st.Office = s.Places.LastOrDefault(p => p.Cue == PlaceCue.Office)?.Place ?? st.Office;
            var modes = s.Weapons.Where(w => w.Value.Mode != AttackMode.Unknown).Select(w => w.Value.Mode).Distinct().ToList();
            seenModes.UnionWith(modes);
            // a sentence that names no weapon tells of the attack so far: of a wave of drones and missiles, "mixed"
            var sentenceMode = modes.Count > 0 ? Combine(modes) : seenModes.Count > 0 ? Combine(seenModes.ToList()) : lastMode;
            if (modes.Count > 0) lastMode = sentenceMode;
            var touched = new List<IncidentDraft>();
            trace?.Add(SentenceTrace.Describe(s, date));

            var said = new Said(s, date, governing.Basis == DateBasis.OwnMentionWithoutDay, claimant, HitPlaces(s));
            var frames = _frames.Build(s, lastKind, listed);
            if (frames.Count > 0) listed = EndsWithColon(s) || listed is not null && frames.All(f => f.Figure == listed) ? frames[^1].Figure : null;
            else if (s.Numbers.Count > 0 || s.Outcomes.Count > 0) listed = null;
            foreach (var frame in frames)
            {
                // a zero tells of no weapon: the incidents it covers keep their own modes
                var f = frame.Mode == AttackMode.Unknown && frame.Value > 0 ? frame with { Mode = sentenceMode } : frame;
                if (f.Value == 0 && f.Figure.CountsPeople())
                {
                    var covered = NobodyHurt(said, st);
                    foreach (var z in covered)
                        if (!z.Figures.ContainsKey(f.Figure) && !CountedElsewhere(z, f.Figure, st)) { Give(z, f, claimant?.Claimant); touched.Add(z); }
                    trace?.Add($"    {f.Figure.ToWire()} 0 -> {string.Join(", ", covered.Select(z => z.Place.Name))}");
                    continue;
                }
                // "Tuesday's attack killed three and Monday's killed five": a figure's own day
                var d = Route(f, f.At >= 0 && governing.Days is not null ? said with { Date = governing.DateAt(f.At) } : said, st, out bool waits);
                if (waits)
                {
                    trace?.Add($"    {f.Figure.ToWire()} {f.Value} waits for a place");
                    st.Waiting.Add(new Waiting(f, said, st.Office));
                    continue;
                }
                trace?.Add($"    {f.Figure.ToWire()} {f.Value} {f.Mode} '{f.Noun}' place={f.Place?.Place.Name ?? "-"}{(f.IsWave ? " (wave)" : "")} -> {d?.Place.Name ?? "dropped"}");
                if (d is null) continue;
                Give(d, f, claimant?.Claimant);
                touched.Add(d);
                lastKind = f.Figure.CountsPeople() ? FrameBuilder.Kind.People : FrameBuilder.Kind.Weapon;
            }
            if (s.Weapons.Any(w => w.Value.Counted) && lastKind == FrameBuilder.Kind.None) lastKind = FrameBuilder.Kind.Weapon;
            // "eight drones attacked; all were shot down": "all" is the number launched, unless the outcomes are counted apart later
            if (AllOutcome(s) is { } all && (touched.LastOrDefault() ?? st.LastDraft) is { } target)
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
                foreach (var p in said.Hit)
                {
                    var d = st.Draft(p.Place, governing.Days is null ? date : governing.DateOfPlace(text, s.Tokens[p.Start].Start, s.Tokens[p.End - 1].End));
                    d.AddMode(NearestMode(s, p) ?? sentenceMode);
                    d.AddEvidence(s.Sentence.Span);
                    if (p.Place.Precision == PlacePrecision.Region && said.Hit.Count(h => h.Group == p.Group && h.Place.Precision == PlacePrecision.Region) >= 3)
                        d.InRegionList = true;
                    touched.Add(d);
                }
            if (attack && s.Places.Count > 0) st.CountryInFocus = s.Places.Any(p => p.IsCountry && p.Cue == PlaceCue.Target);
            // the first place named on the same day (a background sentence about another day does not take them)
            if (st.Waiting.Count > 0 && touched.FirstOrDefault(t => t.Place.Precision != PlacePrecision.Country) is { } first)
            {
                bool SameDay(Waiting w) => w.Said.Date is null || first.Date is null || w.Said.Date == first.Date;
                foreach (var w in st.Waiting.Where(SameDay)) Give(first, w.Frame, w.Said.Claimant?.Claimant);
                st.Waiting.RemoveAll(SameDay);
            }
            var told = touched.Distinct().ToList();
            foreach (var d in told)
            {
                Attribute(d, sentenceText, claimant?.Side, articleAttackers);
                st.LastDraft = d;
            }
            if (told.Count > 0) st.LastTold = told;
        }
        // casualties no place ever claimed: the official's place who gave them, else the target country's
        var firstOffice = sentences.SelectMany(s => s.Places).FirstOrDefault(p => p.Cue == PlaceCue.Office)?.Place;
        foreach (var w in st.Waiting)
            if ((w.Office ?? firstOffice ?? TargetCountry(w.Said.S, w.Frame, st.DocCountry)) is { } c)
            {
                var d = st.Draft(c, w.Said.Date);
                Give(d, w.Frame, w.Said.Claimant?.Claimant);
                if (c.Precision != PlacePrecision.Country) Attribute(d, w.Said.S.Sentence.Span.Of(text), null, articleAttackers);
            }
        return st.Folded().Select(d => d.ToIncident(toOriginal)).ToList();
    }

    /// <summary>A sentence as the routing of its figures sees it: its mentions, its day, whether it sets another time
    /// without a day ("an attack late last month killed 25"), who says it, and the places it tells of as hit.</summary>
    internal sealed record Said(SentenceMentions S, DateOnly? Date, bool OtherTime, ClaimantMention? Claimant, IReadOnlyList<PlaceMention> Hit);

    /// <summary>Which incident a figure belongs to (null: none), in the order the rules are tried; <paramref name="waits"/>
    /// when it is casualties told before any place ("A drone strike killed 14 people." then "... in Kidal").</summary>
    IncidentDraft? Route(Frame f, Said said, ArticleDrafts st, out bool waits)
    {
        waits = false;
        var (s, date) = (said.S, said.Date);
        var lastDraft = st.LastDraft;
        bool people = f.Figure.CountsPeople();
        if (f.Place is { } p && !f.IsWave) return st.Draft(p.Place, date);
        // "35 drones against Atbara, Al-Damer and Berber in River Nile State": a list's total is its region's
        if (f.IsWave && f.Place is { } member && RegionOfList(s, member) is { } region) return st.Draft(region.Place, date);
        // casualties an official gives for his area ("the governor of the Bryansk region said one was hospitalised")
        if (people && f.Place is null && !f.IsWave && said.Hit.FirstOrDefault() is { Cue: PlaceCue.Office } area) return st.Draft(area.Place, date);
        // "a drone attacked an airbase deep inside Russian territory, killing 3" after a strike on Kharkiv: that country's
        if (people && f.Place is null && lastDraft != null && s.Places.FirstOrDefault(p => p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target) is { } named
            && named.Place.Country != lastDraft.Place.Country) return st.Draft(named.Place, date);
        // "across Ukraine, four people were killed": the country's, not the place just told of
        if (f.Place is null && Nationwide(s) && CountryPlace(s.Places.FirstOrDefault(p => p.IsCountry)?.Place.Country ?? lastDraft?.Place.Country) is { } country)
            return st.Draft(country, date);
        // casualties without a place belong to the incident just told of, or to its place on the sentence's own day
        if (people && f.Place is null && lastDraft != null)
            return said.OtherTime ? st.Draft(lastDraft.Place, date)
                : date is null || lastDraft.Date is null || lastDraft.Date == date ? lastDraft : st.Draft(lastDraft.Place, date);
        if (people && f.Place is null && !f.IsWave) { waits = true; return null; }
        if (f.Place is null && !f.IsWave && lastDraft is { Place.Precision: not PlacePrecision.Country } && !st.CountryInFocus && (ContinuesFocus(s) || OnlyPlace(st.Order, s))
            // "the Russian Defence Ministry said it intercepted 12 drones" after a Russian strike on Odesa is another attack
            && !(DefendingSide(s, said.Claimant?.Side) is { } side && lastDraft.Attackers.ContainsKey(side))) return lastDraft;
        return TargetCountry(s, f, st.DocCountry, said.Claimant?.Side) is { } c ? st.Draft(c, date) : null;
    }

    /// <summary>
    /// The incidents a "no casualties" statement covers: the places it names ("no casualties in Kyiv and Kirovohrad
    /// regions"); every incident in the country it names ("no casualties in any of the attacks in Russia"); else all the
    /// incidents the last sentence told of ("drones were downed over the Black Sea and the Kursk region. No casualties
    /// were reported.").
    /// </summary>
    List<IncidentDraft> NobodyHurt(Said said, ArticleDrafts st)
    {
        if (said.Hit.Count > 0) return said.Hit.Select(p => st.Draft(p.Place, said.Date)).ToList();
        if (said.S.Places.FirstOrDefault(p => p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target) is { } country)
            return st.Order.Where(d => d.Place.Country == country.Place.Country && (said.Date is null || d.Date == said.Date)).ToList();
        return st.LastTold;
    }

    /// <summary>A country's wave on a day one of its places has casualties of this kind: "no casualties" after a list of
    /// its places does not make the country's toll zero.</summary>
    static bool CountedElsewhere(IncidentDraft d, Figure figure, ArticleDrafts st) =>
        d.Place.Precision == PlacePrecision.Country && st.Order.Any(o => o != d && o.Place.Country == d.Place.Country && o.Date == d.Date
            && o.Figures.TryGetValue(figure, out var parts) && parts.Total > 0);

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
    static IReadOnlyList<PlaceMention> HitPlaces(SentenceMentions s)
    {
        var hit = s.Places.Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target).ToList();
        // "in Finote Selam town in West Gojjam zone, in the Amhara regional state": the region only says where the town is
        hit.RemoveAll(r => ArticleDrafts.IsFirstLevel(r.Place) && hit.Any(t => t.End <= r.Start && ArticleDrafts.Inside(t.Place, r.Place)));
        return hit.Count > 0 ? hit : s.Places.Where(p => !p.IsCountry && p.Cue == PlaceCue.Office).ToList();
    }

    /// <summary>"Three of these drones were jammed": a sentence that names no place and points back at the weapons just
    /// counted continues the incident it follows, not the country's wave total.</summary>
    bool ContinuesFocus(SentenceMentions s) =>
        !s.Places.Any(p => p.IsCountry) && s.Tokens.Any(t => data.FrameWords.Is(t.Norm, "anaphora"));

    static void Give(IncidentDraft d, Frame f, string? claimant)
    {
        d.AddFigure(f);
        d.Claims.Add(new Claim(f.Figure.ToWire(), f.Value, claimant, f.Evidence));
    }

    static bool EndsWithColon(SentenceMentions s) => s.Tokens.Count > 0 && s.Tokens[^1].Norm == ":";

    /// <summary>The article so far tells of one place only, and this sentence names no other (a country as a source,
    /// "Russia's defence ministry", is none): its figures are that place's.</summary>
    static bool OnlyPlace(List<IncidentDraft> drafts, SentenceMentions s) =>
        !s.Places.Any(p => !p.IsCountry || p.Cue == PlaceCue.Target) && drafts.Where(d => d.Place.Precision != PlacePrecision.Country).Select(d => RootName(d.Place)).Distinct().Count() == 1;

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
        var nearest = counted.OrderBy(w => w.End <= p.Start ? p.Start - w.End : (w.Start - p.End) * 2).First();
        // "Drones and missiles were shot down in Poltava, Sumy …": weapons joined as one subject hit every place together
        return counted.Any(w => w.Value.Mode != nearest.Value.Mode && Coordinated(s, w.Start < nearest.Start ? w : nearest, w.Start < nearest.Start ? nearest : w))
            ? AttackMode.Mixed : nearest.Value.Mode;
    }

    /// <summary>"drones and missiles", "39 drones and four missiles": nothing but a joiner and a count between two weapons.</summary>
    static bool Coordinated(SentenceMentions s, Mention<Weapon> first, Mention<Weapon> second)
    {
        if (second.Start - first.End is < 1 or > 4) return false;
        bool joiner = false;
        for (int k = first.End; k < second.Start; k++)
        {
            if (s.Tokens[k].Norm is "and" or "or" or "," or "&") joiner = true;
            else if (!InNumber(s, k)) return false;
        }
        return joiner;
    }

    static bool InNumber(SentenceMentions s, int token)
    {
        foreach (var n in s.Numbers)
            if (n.Start <= token && token < n.End) return true;
        return false;
    }

    Place? TargetCountry(SentenceMentions s, Frame f, string? docCountry, string? claimantSide = null)
    {
        // a sea has no country: "over the Black Sea and Crimea" is the wave of the country of the list's other places
        string? iso = f.Place?.Place.Country
            ?? s.Places.FirstOrDefault(p => f.Place is { } member && p.Group == member.Group && p.Place.Country is not null)?.Place.Country
            ?? s.Places.FirstOrDefault(p => p.IsCountry && p.Cue == PlaceCue.Target)?.Place.Country
            ?? s.Places.FirstOrDefault(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target && p.Place.Country is not null)?.Place.Country
            ?? DefendingSide(s, claimantSide)
            ?? docCountry
            ?? Defender(s);
        return CountryPlace(iso);
    }

    /// <summary>A country as an incident's place (a wave total), by its English name.</summary>
    Place? CountryPlace(string? iso) =>
        iso is not null && data.CountryNames.TryGetValue(iso, out var name) ? new Place(name, null, iso, Precision: PlacePrecision.Country) : null;

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
