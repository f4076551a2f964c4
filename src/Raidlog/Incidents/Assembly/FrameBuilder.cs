using Raidlog.Recognition;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;

namespace Raidlog.Incidents.Assembly;

/// <summary>
/// Turns one sentence's mentions into figure frames: each number finds what it counts (the head noun after
/// it: a weapon, people, or "of the 57 drones"), then what happened to them (the nearest outcome or casualty
/// word, passive after it or active before it), then where (the first place after it, else the last before).
/// </summary>
public sealed class FrameBuilder
{
    public enum Kind { None, Weapon, People, Inherit }

    static readonly HashSet<string> Modifiers = ["more", "other", "enemy", "hostile", "attack", "strike", "combat", "kamikaze", "fixed", "wing", "type", "-",
        "long", "range", "jet", "powered", "suicide", "explosive", "unmanned", "aerial", "cruise", "ballistic", "guided", "air", "sea", "based", "naval",
        "additional", "further", "incoming", "armed", "small", "heavy", "new", "made", "hypersonic", "anti", "ship", "surface", "to", "launched", "of",
        "local", "elderly", "young", "civilian", "the", "them", "those", "which", "these", "such", "individual", "separate", "aircraft", "winged", "bomber",
        "shahed", "geran", "reconnaissance", "multi", "purpose", "tactical", "operational", "decoy", "imitation", "high", "precision", "missile", "people", "'"];
    static readonly HashSet<string> Auxiliaries = ["each", "was", "were", "been", "is", "are", "had", "have", "has", "being", "reportedly", "also", "all", "later", "successfully"];
    static readonly HashSet<string> Prepositions = ["over", "in", "on", "near", "above", "across", "around", "at", "within", "overnight"];
    static readonly HashSet<string> Clause = [".", ";", ":", "!", "?", "but", "while", "whereas"];

    public List<Frame> Build(SentenceMentions m, Kind lastKind)
    {
        var frames = new List<Frame>();
        var numbers = m.Numbers;
        for (int n = 0; n < numbers.Count; n++)
        {
            var num = numbers[n];
            if (num.Value is not int value) continue;
            var (kind, mode, noun, headEnd) = Head(m, num, numbers);
            if (kind == Kind.Inherit)
            {
                kind = NearCasualty(m, num.Start, headEnd) != null ? Kind.People : lastKind;
            }
            Figure? figure = kind switch
            {
                Kind.People => NearCasualty(m, num.Start, headEnd),
                Kind.Weapon => WeaponFigure(m, num.Start, headEnd),
                _ => null,
            };
            if (figure is not { } f) continue;
            var (place, wave) = PlaceFor(m, num, n + 1 < numbers.Count ? numbers[n + 1].Start : m.Tokens.Count);
            bool each = num.End < m.Tokens.Count && m.Tokens[num.End].Norm == "each";
            if (each && wave && place != null)
            {
                // "three each over the Belgorod, Kaluga and Smolensk regions": every listed place gets the figure
                foreach (var member in m.Places.Where(p => p.Group == place.Group && !p.IsCountry))
                    frames.Add(new Frame(f, value, mode, noun, member, false, m.Sentence.Index, m.Sentence.Span));
                continue;
            }
            frames.Add(new Frame(f, value, mode, noun, place, wave, m.Sentence.Index, m.Sentence.Span));
        }
        return frames;
    }

    (Kind, AttackMode, string, int) Head(SentenceMentions m, NumberMention num, List<NumberMention> numbers)
    {
        var tokens = m.Tokens;
        for (int j = num.End; j < tokens.Count && j < num.End + 7; j++)
        {
            if (m.Weapons.FirstOrDefault(w => w.Start == j) is { End: > 0 } w && w.Value.Counted)
                return HeadNoun(m, w);
            if (m.People.Any(p => p.Start == j)) return (Kind.People, AttackMode.Unknown, tokens[j].Norm, j + 1);
            if (m.Casualties.Any(c => c.Start == j)) return (Kind.People, AttackMode.Unknown, "", j);
            if (m.Outcomes.Any(o => o.Start == j) || Auxiliaries.Contains(tokens[j].Norm)) return (Kind.Inherit, AttackMode.Unknown, "", j);
            // "53 of the 57 drones": counts what the next number counts
            if (tokens[j].Norm == "of" && numbers.FirstOrDefault(x => x.Start > j && x.Start <= j + 2) is { End: > 0 } next)
            {
                var (k, md, noun, _) = Head(m, next, numbers);
                return (k, md, noun, j);
            }
            if (tokens[j].Kind == Text.TokenKind.Punct && tokens[j].Norm != "-") return (Kind.Inherit, AttackMode.Unknown, "", j);
            // "seven over Voronezh Oblast": a bare number before a place counts what the sentence counts
            if (Prepositions.Contains(tokens[j].Norm)) return (Kind.Inherit, AttackMode.Unknown, "", j);
            if (m.Weapons.Any(w => w.Start == j && !w.Value.Counted)) continue; // "attack drones"
            if (Modifiers.Contains(tokens[j].Norm) || m.Actors.Any(a => a.Start == j) || tokens[j].IsCapitalised(m.Text)) continue;
            return (Kind.None, AttackMode.Unknown, "", j);
        }
        return (Kind.Inherit, AttackMode.Unknown, "", num.End);
    }

    /// <summary>"Shahed-type attack drones": the head is the last weapon word of the phrase.</summary>
    static (Kind, AttackMode, string, int) HeadNoun(SentenceMentions m, Mention<Weapon> first)
    {
        var last = first;
        for (int j = first.End; j < m.Tokens.Count && j < first.End + 4; j++)
        {
            if (m.Weapons.FirstOrDefault(w => w.Start == j) is { End: > 0 } w) { if (w.Value.Counted) last = w; j = w.End - 1; continue; }
            if (!Modifiers.Contains(m.Tokens[j].Norm)) break;
        }
        var mode = last.Value.Mode == AttackMode.Unknown ? first.Value.Mode : last.Value.Mode;
        return (Kind.Weapon, mode, m.Tokens[last.End - 1].Norm, last.End);
    }

    static Figure? NearCasualty(SentenceMentions m, int start, int headEnd)
    {
        // "kill 8, injure 30": a casualty verb right before the number is its own
        var adjacent = m.Casualties.Where(c => c.End <= start && start - c.End <= 1).Select(c => (Mention<Figure>?)c).LastOrDefault();
        if (adjacent is { } j) return j.Value;
        var after = m.Casualties.Where(c => c.Start >= headEnd && c.Start - headEnd <= 5 && !ClauseBetween(m, headEnd, c.Start)).Select(c => (Mention<Figure>?)c).FirstOrDefault();
        if (after is { } a) return a.Value;
        // "the number of people killed ... increased to 19": an updated toll reaches further back
        int reach = start > 0 && m.Tokens[start - 1].Norm == "to" ? 20 : 6;
        var before = m.Casualties.Where(c => c.End <= start && start - c.End <= reach && !ClauseBetween(m, c.End, start)).Select(c => (Mention<Figure>?)c).LastOrDefault();
        return before?.Value;
    }

    static Figure? WeaponFigure(SentenceMentions m, int start, int headEnd)
    {
        Mention<Outcome>? before = m.Outcomes.Where(o => o.End <= start && start - o.End <= 8 && !ClauseBetween(m, o.End, start)).Select(o => (Mention<Outcome>?)o).LastOrDefault();
        Mention<Outcome>? after = m.Outcomes.Where(o => o.Start >= headEnd && o.Start - headEnd <= 6 && !ClauseBetween(m, headEnd, o.Start)).Select(o => (Mention<Outcome>?)o).FirstOrDefault();
        Mention<Outcome>? chosen;
        if (before is { } b && start - b.End <= 3) chosen = b;
        else if (after is { } a && (HasAuxiliary(m, headEnd, a.Start) || a.Start - headEnd <= 2)) chosen = a;
        else chosen = before ?? after;
        if (chosen is null)
        {
            for (int k = Math.Max(0, start - 2); k < start; k++)
                if (m.Tokens[k].Norm is "with" or "using") return Figure.Launched;
            return null;
        }
        return chosen.Value.Value switch
        {
            Outcome.Launched => Figure.Launched,
            Outcome.Intercepted => Figure.Intercepted,
            Outcome.Suppressed => Figure.Suppressed,
            _ => null,
        };
    }

    static bool HasAuxiliary(SentenceMentions m, int from, int to)
    {
        for (int k = from; k < to; k++) if (Auxiliaries.Contains(m.Tokens[k].Norm)) return true;
        return false;
    }

    static bool ClauseBetween(SentenceMentions m, int from, int to)
    {
        for (int k = from; k < to; k++) if (Clause.Contains(m.Tokens[k].Norm)) return true;
        return false;
    }

    static (Recognition.Places.PlaceMention?, bool) PlaceFor(SentenceMentions m, NumberMention num, int nextNumber)
    {
        var targets = m.Places.Where(p => p.Cue is PlaceCue.Target or PlaceCue.None && !p.IsCountry).ToList();
        var place = targets.FirstOrDefault(p => p.Start >= num.End && p.Start < nextNumber) ?? targets.LastOrDefault(p => p.End <= num.Start);
        if (place is null) return (null, m.Places.Any(p => p.IsCountry && p.Cue == PlaceCue.Target));
        bool wave = m.Places.Count(p => p.Group == place.Group && !p.IsCountry) > 1;
        return (place, wave);
    }
}
