using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Recognition;
using Raidlog.Recognition.Lexicons;
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
    readonly FrameBuilder _frames = new();

    public List<Incident> Assemble(IReadOnlyList<SentenceMentions> sentences, Func<Sentence, DateOnly?> dateOf, Func<TextSpan, TextSpan> toOriginal)
    {
        var drafts = new Dictionary<(string, DateOnly?), IncidentDraft>();
        var order = new List<IncidentDraft>();
        var docCountry = DominantCountry(sentences);
        var docActors = sentences.SelectMany(s => s.Actors).GroupBy(a => a.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var lastMode = AttackMode.Unknown;
        var lastKind = FrameBuilder.Kind.None;
        IncidentDraft? lastDraft = null;

        IncidentDraft Draft(Place place, DateOnly? date)
        {
            var key = (place.Name.ToLowerInvariant(), date);
            if (!drafts.TryGetValue(key, out var d)) { drafts[key] = d = new IncidentDraft(place, date); order.Add(d); }
            return d;
        }

        foreach (var s in sentences)
        {
            var date = dateOf(s.Sentence);
            var modes = s.Weapons.Where(w => w.Value.Mode != AttackMode.Unknown).Select(w => w.Value.Mode).Distinct().ToList();
            var sentenceMode = modes.Count == 0 ? lastMode : modes.Contains(AttackMode.Drone) && modes.Contains(AttackMode.Missile) ? AttackMode.Mixed : modes[0];
            if (modes.Count > 0) lastMode = sentenceMode;
            var touched = new List<IncidentDraft>();

            foreach (var f in _frames.Build(s, lastKind))
            {
                bool people = f.Figure is Figure.Killed or Figure.Injured;
                IncidentDraft? d = null;
                if (f.Place is { } p && !f.IsWave) d = Draft(p.Place, date);
                else if (people && f.Place is null && lastDraft != null) d = lastDraft;
                else if (TargetCountry(s, f, docCountry) is { } c) d = Draft(c, date);
                if (d is null) continue;
                d.AddFigure(f with { Mode = f.Mode == AttackMode.Unknown ? sentenceMode : f.Mode });
                d.Claims.Add(new Claim(f.Figure.ToWire(), f.Value, null, f.Evidence));
                touched.Add(d);
                lastKind = people ? FrameBuilder.Kind.People : FrameBuilder.Kind.Weapon;
            }
            if (s.Weapons.Any(w => w.Value.Counted)) lastKind = lastKind == FrameBuilder.Kind.None ? FrameBuilder.Kind.Weapon : lastKind;

            bool attack = s.Weapons.Count > 0 || s.Casualties.Count > 0 || s.Outcomes.Any(o => o.Value != Outcome.Launched);
            if (attack)
                foreach (var p in s.Places.Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target))
                {
                    var d = Draft(p.Place, date);
                    d.AddMode(sentenceMode);
                    d.AddEvidence(s.Sentence.Span);
                    touched.Add(d);
                }
            foreach (var d in touched.Distinct())
            {
                if (Attacker(s, d.Place.Country, docActors) is { } a) d.Attackers[a] = d.Attackers.GetValueOrDefault(a) + 1;
                if (d.Place.Precision != PlacePrecision.Country) lastDraft = d;
            }
        }
        return order.Select(d => d.ToIncident(toOriginal)).ToList();
    }

    Place? TargetCountry(SentenceMentions s, Frame f, string? docCountry)
    {
        string? iso = f.Place?.Place.Country
            ?? s.Places.FirstOrDefault(p => p.IsCountry && p.Cue == PlaceCue.Target)?.Place.Country
            ?? s.Places.FirstOrDefault(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target)?.Place.Country
            ?? docCountry;
        if (iso is null || !data.CountryNames.TryGetValue(iso, out var name)) return null;
        return new Place(name, null, iso, Precision: PlacePrecision.Country);
    }

    static string? DominantCountry(IReadOnlyList<SentenceMentions> sentences) =>
        sentences.SelectMany(s => s.Places).Where(p => !p.IsCountry && p.Cue is PlaceCue.None or PlaceCue.Target)
            .GroupBy(p => p.Place.Country).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>PLACEHOLDER until Recognition/Actors lands: a side named in the sentence other than the target's country.</summary>
    static string? Attacker(SentenceMentions s, string country, List<string> docActors)
    {
        var named = s.Actors.Where(a => a.Value != country).ToList();
        var nearWeapon = named.FirstOrDefault(a => s.Weapons.Any(w => w.Start >= a.End && w.Start - a.End <= 2));
        if (nearWeapon.End > 0) return nearWeapon.Value;
        if (country == "UA") return "RU";
        if (country == "RU") return "UA";
        if (named.Count > 0) return named[0].Value;
        return docActors.FirstOrDefault(a => a != country);
    }
}
