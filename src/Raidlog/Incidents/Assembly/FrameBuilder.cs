using Raidlog.Text;
using Raidlog.Recognition;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;

namespace Raidlog.Incidents.Assembly;

/// <summary>
/// Turns one sentence's mentions into figure frames: each number finds what it counts (the head noun after
/// it: a weapon, people, or "of the 57 drones"), then what happened to them (the nearest outcome or casualty
/// word, passive after it or active before it), then where (the first place after it, else the last before).
/// </summary>
public sealed class FrameBuilder(FrameWords words)
{
    readonly NoCasualties _zeros = new(words);
    public enum Kind { None, Weapon, People, Inherit }


    /// <param name="listed">the figure of the previous sentence when it opened a list ("destroyed 21 drones:"), which
    /// its items ("7 – over the Smolensk region,") carry on; null otherwise</param>
    public List<Frame> Build(SentenceMentions m, Kind lastKind, Figure? listed = null)
    {
        var frames = new List<Frame>();
        // a vague quantity ("one more drone", "dozens") gives no figure and does not end another number's phrase
        var numbers = m.Numbers.Where(x => x.Value is int).ToList();
        var totals = new HashSet<int>(); // numbers that are the whole of an "N of the M" (M launched)
        Frame? previous = null;
        int previousEnd = -1, countedOther = -1;
        for (int n = 0; n < numbers.Count; n++)
        {
            var num = numbers[n];
            if (num.Value is not int value || Cumulative(m, num)) continue;
            var (kind, mode, noun, headEnd) = Head(m, num, numbers);
            // "a drone carrying a bomb": what a weapon carries is its payload, not a weapon of its own
            if (kind == Kind.Weapon && RoleBetween(m, num.Start - 2, num.Start, "payload")) continue;
            if (PartOfCounted(m, num, kind, headEnd)) continue;
            // "75 people wounded and 30 others still missing": people in another state are no casualties
            if (kind is Kind.People or Kind.Inherit && RoleBetween(m, headEnd, headEnd + 3, "other-state")) continue;
            // "four were killed when a downed rocket landed": an article before a verb counts nobody
            if (kind == Kind.Inherit && m.Tokens[num.Start].Norm is "a" or "an" && num.End - num.Start == 1) continue;
            // an aside's number counts nothing of the attack unless it names what it counts
            if (kind is Kind.Inherit or Kind.None or Kind.People && Asides.Contain(m, num.Start) && !m.Casualties.Any(c => c.Start >= num.End && c.Start <= headEnd + 3)) continue;
            int? ofWhole = OfTotal(m, num, numbers, n, headEnd);
            if (ofWhole is int total) totals.Add(total);
            if (OpensWithWhole(m, num, numbers, n)) totals.Add(n);
            var casualty = NearCasualty(m, num.Start, headEnd);
            // "destroyed 72 apartments and damaged more than 230": a bare number after a count of other things counts them too
            if (kind == Kind.Inherit && n > 0 && countedOther == n - 1 && !ClauseBetween(m, numbers[n - 1].End, num.Start)) continue;
            if (kind == Kind.None) countedOther = n;
            if (kind == Kind.Inherit)
            {
                kind = casualty != null ? Kind.People : lastKind;
                // "Drones attacked Kaluga, and air defences downed 13 of them": the sentence counted weapons already
                if (kind == Kind.None && m.Weapons.Any(w => w.Value.Counted && w.End <= num.Start)) kind = Kind.Weapon;
                if (kind == Kind.Weapon && NearestWeaponBefore(m, num.Start) is { } w) (mode, noun) = (w.Value.Mode, m.Tokens[w.End - 1].Norm);
            }
            Figure? figure = kind switch
            {
                Kind.People => casualty?.Value,
                Kind.Weapon => totals.Contains(n) ? Figure.Launched : ofWhole is int w ? DefenceAfter(m, numbers[w].End) ?? WeaponFigure(m, num.Start, headEnd) : WeaponFigure(m, num.Start, headEnd),
                _ => null,
            };
            // "destroyed 12 drones over A, eight over B and four over C": a list carries its verb
            if (figure is null && kind is Kind.Weapon or Kind.People && previous is { } prev && (kind == Kind.People) == prev.Figure.CountsPeople() && !ClauseBetween(m, previousEnd, num.Start))
                figure = prev.Figure;
            // "four drones approaching A and three drones approaching B were shot down": the verb after the list is the first's too
            if (figure is null && kind == Kind.Weapon && n + 1 < numbers.Count && JoinedByAnd(m, numbers[n + 1].Start) && !ClauseBetween(m, headEnd, numbers[n + 1].Start)
                && !m.Outcomes.Any(o => o.Start >= headEnd && o.Start < numbers[n + 1].Start)
                && Head(m, numbers[n + 1], numbers) is (Kind.Weapon, _, _, var nextEnd))
                figure = WeaponFigure(m, numbers[n + 1].Start, nextEnd);
            // a list item that opens with its number and has no verb of its own
            if (figure is null && kind == Kind.Weapon && listed is { } item && num.Start <= 1 && m.Outcomes.Count == 0 && m.Casualties.Count == 0)
                figure = item;
            if (figure is not { } f) continue;
            // "73 people were injured and four of them are in serious condition": part of the toll just given ("two of
            // them died" has a casualty word of its own, and counts)
            if (kind == Kind.People && previous is { } whole && whole.Figure == f && (casualty is null || casualty.Value.Start < num.Start)
                && OfDefinite(m, num)) continue;
            // "a drone hit the depot" tells of an attack, not a count of launches; "shot down a drone" is a count
            if (kind == Kind.Weapon && f == Figure.Launched && m.Tokens[num.Start].Norm is "a" or "an" or "another") continue;
            lastKind = kind;
            // "one was hospitalised" counts some of the injured, not all of them: FigureParts keeps it apart
            if (kind == Kind.People && casualty is { } c && words.Is(m.Tokens[c.Start].Norm, "subset-casualty")) noun = Hospitalised;
            // "two additional fighters", "two more people": counted on top of the toll so far ("the two additional
            // fatalities" points back at them)
            else if (kind == Kind.People && !RoleBetween(m, num.Start - 1, num.Start, "definite") && RoleBetween(m, num.Start - 1, Math.Min(num.End + 1, headEnd), "additive"))
                noun = Additional + noun;
            // "three children and their mother were killed": a possessive before a person's noun is one more
            if (kind == Kind.People && headEnd + 2 < m.Tokens.Count && words.Is(m.Tokens[headEnd].Norm, "and")
                && words.Is(m.Tokens[headEnd + 1].Norm, "possessive") && m.People.Any(p => p.Start == headEnd + 2)) value++;
            var (place, wave) = PlaceFor(m, num, numbers, n);
            // "17 drones, including one over Moscow and 13 over Kaluga": a figure broken down by place is a wave total
            if (place is null && numbers.Skip(n + 1).Any(x => IsSubset(m, x, x.End))) wave = true;
            // a part of a figure already given for the same place ("including 15 drones"; "two were killed: a man and
            // a woman") is not added; a part for another place ("including 11 over Tula") is that place's own figure
            if ((IsSubset(m, num, headEnd) || Elaborates(m, previous, previousEnd, num)) && (place is null || place == previous?.Place || Within(place, previous?.Place))) continue;
            // "three each over A and B", "a drone in each of A, B and C"
            bool each = Enumerable.Range(num.End, 1).Concat(Enumerable.Range(headEnd, 2)).Any(k => k < m.Tokens.Count && words.Is(m.Tokens[k].Norm, "each"))
                || m.Tokens[num.Start].Norm == "single" && noun.EndsWith('s'); // "single drones over the Oryol and Ryazan regions": one each
            if (each && wave && place != null)
            {
                // "three each over the Belgorod, Kaluga and Smolensk regions": every listed place gets the figure
                foreach (var member in m.Places.Where(p => p.Group == place.Group && !p.IsCountry))
                    frames.Add(new Frame(f, value, mode, noun, member, false, m.Sentence.Index, m.Sentence.Span, m.Tokens[num.Start].Start));
                continue;
            }
            // "no one was hurt", "no injuries": told by NoCasualties, for every place the statement covers
            if (value == 0 && f.CountsPeople()) continue;
            previous = new Frame(f, value, mode, noun, place, wave, m.Sentence.Index, m.Sentence.Span, m.Tokens[num.Start].Start);
            previousEnd = headEnd;
            frames.Add(previous);
        }
        frames.AddRange(_zeros.Find(m));
        return frames;
    }

    /// <summary>"over the past four months, 1,093 were killed", "since the start of the war": a running total, not an attack's
    /// figure. A sentence that opens with such a phrase ("Since the ceasefire began, ... 201 deaths", "Over the past four months, ...") is one as a whole.</summary>
    bool Cumulative(SentenceMentions m, NumberMention num)
    {
        var t = m.Tokens;
        if (t.Count > 0 && (SinceSpan(t, 0) || PeriodSpan(t, 0) || PeriodSpan(t, 1) || PeriodSpan(t, 2))) return true;
        for (int k = Math.Max(0, num.Start - 12); k < t.Count && k < num.End + 12; k++)
            if (PeriodSpan(t, k) || SinceSpan(t, k)) return true;
        return false;
    }

    // Plain loops, not Enumerable.Range(...).Any(...): these run for every token near every number.
    bool PeriodSpan(IReadOnlyList<Token> t, int k)
    {
        if (k >= t.Count || !words.Is(t[k].Norm, "period-lead")) return false;
        for (int j = k + 1; j <= k + 2 && j < t.Count; j++)
            if (words.Is(t[j].Norm, "period-unit")) return true;
        return false;
    }

    bool SinceSpan(IReadOnlyList<Token> t, int k)
    {
        if (!words.Is(t[k].Norm, "since")) return false;
        for (int j = k + 1; j <= k + 3 && j < t.Count; j++)
            if (words.Is(t[j].Norm, "since-object") || t[j].Norm is { Length: 4 } year && year.StartsWith("20") && year.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
                return true;
        return false;
    }

    /// <summary>"Of the 48 drones, 41 were shot down", "Von 48 Drohnen seien 41 abgeschossen worden": a number after an
    /// "of" that opens its clause is the whole that a later number of the clause is part of, so it counts what was launched.</summary>
    bool OpensWithWhole(SentenceMentions m, NumberMention num, List<NumberMention> numbers, int n)
    {
        if (n + 1 >= numbers.Count || ClauseBetween(m, num.End, numbers[n + 1].Start)) return false;
        int k = num.Start - 1;
        while (k >= 0 && words.Is(m.Tokens[k].Norm, "modifier") && !words.Is(m.Tokens[k].Norm, "of")) k--; // "the", "den"
        if (k < 0 || !words.Is(m.Tokens[k].Norm, "of")) return false;
        return k == 0 || m.Tokens[k - 1].Norm is "," or ":" || words.Is(m.Tokens[k - 1].Norm, "clause");
    }

    /// <summary>"53 of the 57 drones", "58 out of 59": the index of the whole, which counts what was launched.</summary>
    int? OfTotal(SentenceMentions m, NumberMention num, List<NumberMention> numbers, int n, int headEnd)
    {
        if (n + 1 >= numbers.Count) return null;
        int j = num.End;
        if (j < m.Tokens.Count && !words.Is(m.Tokens[j].Norm, "of") && !words.Is(m.Tokens[j].Norm, "out")) j = headEnd; // "25 missiles of 38 fired"
        if (j < m.Tokens.Count && words.Is(m.Tokens[j].Norm, "out")) j++;
        if (j >= m.Tokens.Count || !words.Is(m.Tokens[j].Norm, "of")) return null;
        var next = numbers[n + 1];
        return next.Start > j && next.Start <= j + 2 ? n + 1 : null;
    }

    /// <summary>"25 missiles of 38 fired were shot down": the part of a launched whole is what the defence did to some
    /// of them, the first defence outcome after the whole in its clause.</summary>
    Figure? DefenceAfter(SentenceMentions m, int from)
    {
        foreach (var o in m.Outcomes)
            if (o.Start >= from && o.Value is Outcome.Intercepted or Outcome.Suppressed && !ClauseBetween(m, from, o.Start))
                return o.Value == Outcome.Intercepted ? Figure.Intercepted : Figure.Suppressed;
        return null;
    }

    /// <summary>"including 15 drones", "five children were among the 11 killed": a part already inside another figure.</summary>
    bool IsSubset(SentenceMentions m, NumberMention num, int headEnd)
    {
        var t = m.Tokens;
        for (int k = Math.Max(0, num.Start - 3); k < num.Start; k++)
            if (words.Is(t[k].Norm, "including") || OfWhichPart(m, num, k)) return true;
        // "including two airport employees and six people at another site": every part of the list after "including"
        for (int k = Math.Max(0, num.Start - 8); k < num.Start - 3; k++)
            if (words.Is(t[k].Norm, "including") && !ClauseBetween(m, k, num.Start) && JoinedByAnd(m, num.Start)
                && !m.Casualties.Any(c => c.Start > k && c.Start < num.Start) && !m.Outcomes.Any(o => o.Start > k && o.Start < num.Start)
                && m.Numbers.Any(x => x.Value is not null && x.Start > k && x.End < num.Start)) return true;
        for (int k = headEnd; k < t.Count && k <= headEnd + 1; k++)
            if (words.Is(t[k].Norm, "among")) return true;
        return false;
    }

    /// <summary>"four of them", "one of the children": a number that points back at what was counted.</summary>
    bool OfDefinite(SentenceMentions m, NumberMention num) =>
        num.End + 1 < m.Tokens.Count && words.Is(m.Tokens[num.End].Norm, "of") && words.Is(m.Tokens[num.End + 1].Norm, "definite");

    /// <summary>"one of the children killed", "one of the downed drones was carrying a bomb": a part of a toll, or of
    /// weapons an outcome already counted, not a count of its own ("13 of the drones were shot down" is one).</summary>
    bool PartOfCounted(SentenceMentions m, NumberMention num, Kind kind, int headEnd)
    {
        if (num.End + 2 > headEnd || !OfDefinite(m, num)) return false;
        return kind == Kind.People || m.Outcomes.Any(o => o.Start == num.End + 2 && m.Weapons.Any(w => w.Start == o.End));
    }

    /// <summary>"twenty were wounded, of which ten seriously": "of which" after a figure counts part of it (not "the drones,
    /// of which 11 were downed", where "which" is the weapons, never counted).</summary>
    static bool OfWhichPart(SentenceMentions m, NumberMention num, int k)
    {
        if (m.Tokens[k].Norm != "of" || k + 1 >= num.Start || m.Tokens[k + 1].Norm is not ("which" or "whom")) return false;
        int before = k > 0 && m.Tokens[k - 1].Norm == "," ? k - 2 : k - 1;
        return m.Numbers.Any(x => x.Value is not null && x.End <= k) && !m.Weapons.Any(w => w.End == before + 1);
    }

    /// <summary>"two people were killed: a man and a woman": after a colon the same figure is spelled out.</summary>
    bool Elaborates(SentenceMentions m, Frame? previous, int previousEnd, NumberMention num)
    {
        if (previous is null) return false;
        // "... killed was buried today - a nine-year-old boy": after a spaced dash too
        for (int k = previousEnd; k < num.Start; k++)
            if (m.Tokens[k].Norm == ":" || Asides.IsDash(m, k)) return true;
        return false;
    }

    /// <summary>"the missiles, of which it shot down two": a bare number counts the weapon just named.</summary>
    Mention<Weapon>? NearestWeaponBefore(SentenceMentions m, int start)
    {
        Mention<Weapon>? best = null;
        foreach (var w in m.Weapons)
            if (w.Value.Counted && w.End <= start && start - w.End <= 8) best = w;
        return best;
    }

    (Kind, AttackMode, string, int) Head(SentenceMentions m, NumberMention num, List<NumberMention> numbers)
    {
        var tokens = m.Tokens;
        for (int j = num.End; j < tokens.Count && j < num.End + 7; j++)
        {
            // "10 U.S.-made missiles": a name's own dots do not end the phrase
            if (Covering(m.Places, j) is { } name && name.End - name.Start > 1) { j = name.End - 1; continue; }
            if (tokens[j].Norm == "." && j + 1 < tokens.Count && tokens[j + 1].Norm == "-") continue;
            // "10 RM-70 Vampir rockets", "Kh-101": a model number glued by a hyphen is part of the name
            if (j > num.End && tokens[j - 1].Norm == "-" && tokens[j].Start == tokens[j - 1].End && char.IsAsciiDigit(tokens[j].Norm[0])) continue;
            // "five “aerial objects”": quotation marks around the head are not the end of the phrase
            if (Asides.IsQuoteMark(tokens[j].Norm)) continue;
            if (m.Weapons.StartingAt(j) is { End: > 0 } w && w.Value.Counted)
                return HeadNoun(m, w);
            if (m.People.AnyStartsAt(j)) return (Kind.People, AttackMode.Unknown, tokens[j].Norm, j + 1);
            if (m.Casualties.AnyStartsAt(j)) return (Kind.People, AttackMode.Unknown, "", j);
            if (m.Outcomes.AnyStartsAt(j) || words.Is(tokens[j].Norm, "auxiliary")) return (Kind.Inherit, AttackMode.Unknown, "", j);
            // "53 of the 57 drones": counts what the next number counts
            if (words.Is(tokens[j].Norm, "out") && j + 1 < tokens.Count && words.Is(tokens[j + 1].Norm, "of")) continue;
            // "13 of them": counts what the sentence counts
            if (words.Is(tokens[j].Norm, "of") && j + 1 < tokens.Count && tokens[j + 1].Norm is "them" or "these" or "those")
                return (Kind.Inherit, AttackMode.Unknown, "", j + 2);
            if (words.Is(tokens[j].Norm, "of") && numbers.FirstOrDefault(x => x.Start > j && x.Start <= j + 2) is { End: > 0 } next)
            {
                var (k, md, noun, _) = Head(m, next, numbers);
                return (k, md, noun, j);
            }
            // "killing two and leaving another injured": a bare number ends at punctuation, or at "and" right after its verb's object
            if (tokens[j].Kind == Text.TokenKind.Punct && tokens[j].Norm != "-"
                || j == num.End && words.Is(tokens[j].Norm, "and") && m.Casualties.Any(c => c.End == num.Start)) return (Kind.Inherit, AttackMode.Unknown, "", j);
            // "seven over Voronezh Oblast", "one flying towards Moscow": a bare number before a place counts what the sentence counts
            if (words.Is(tokens[j].Norm, "preposition") || words.Is(tokens[j].Norm, "motion")) return (Kind.Inherit, AttackMode.Unknown, "", j);
            if (m.Weapons.Any(w => w.Start == j && !w.Value.Counted)) continue; // "attack drones"
            // "one Pakistani and two Indians were killed": a nationality that no weapon follows is the people counted
            if (m.Actors.StartingAt(j) is { End: > 0 } actor && j == num.End && actor.End < tokens.Count
                && (words.Is(tokens[actor.End].Norm, "and") || words.Is(tokens[actor.End].Norm, "auxiliary")) && !m.Weapons.Any(w => w.Start == actor.End + 1))
                return (Kind.People, AttackMode.Unknown, tokens[j].Norm, actor.End);
            if (words.Is(tokens[j].Norm, "modifier") || m.Actors.AnyStartsAt(j) || tokens[j].IsCapitalised(m.Text)) continue;
            // "two explosives-laden drones", "20 Iranian-made drones": a hyphenated adjective
            if (j + 2 < tokens.Count && tokens[j + 1].Norm == "-" && tokens[j + 1].Start == tokens[j].End && tokens[j + 2].Start == tokens[j + 1].End
                && tokens[j + 2].Kind == Text.TokenKind.Word) { j += 2; continue; }
            if (j > num.End && tokens[j - 1].Norm == "-" && tokens[j].Start == tokens[j - 1].End) continue;
            return (Kind.None, AttackMode.Unknown, "", j);
        }
        return (Kind.Inherit, AttackMode.Unknown, "", num.End);
    }

    /// <summary>The first place name that covers token <paramref name="j"/>.</summary>
    static Recognition.Places.PlaceMention? Covering(List<Recognition.Places.PlaceMention> places, int j)
    {
        foreach (var p in places)
            if (p.Start <= j && j < p.End) return p;
        return null;
    }

    /// <summary>"Shahed-type attack drones": the head is the last weapon word of the phrase.</summary>
    (Kind, AttackMode, string, int) HeadNoun(SentenceMentions m, Mention<Weapon> first)
    {
        var last = first;
        for (int j = first.End; j < m.Tokens.Count && j < first.End + 4; j++)
        {
            if (m.Weapons.StartingAt(j) is { End: > 0 } w) { if (w.Value.Counted) last = w; j = w.End - 1; continue; }
            if (!words.Is(m.Tokens[j].Norm, "modifier")) break;
        }
        var mode = last.Value.Mode == AttackMode.Unknown ? first.Value.Mode : last.Value.Mode;
        // "180 drones and missiles": one figure for both kinds is a mixed wave
        int k = last.End;
        if (k + 1 < m.Tokens.Count && words.Is(m.Tokens[k].Norm, "and") && m.Weapons.FirstOrDefault(w => w.Start == k + 1) is { End: > 0 } other
            && other.Value.Counted && (mode, other.Value.Mode) is (AttackMode.Drone, AttackMode.Missile) or (AttackMode.Missile, AttackMode.Drone))
            mode = AttackMode.Mixed;
        return (Kind.Weapon, mode, m.Tokens[last.End - 1].Norm, last.End);
    }

    public const string Hospitalised = "hospitalised";
    /// <summary>The noun prefix of people counted on top of a toll ("two additional fighters").</summary>
    public const string Additional = "+";

    Mention<Figure>? NearCasualty(SentenceMentions m, int start, int headEnd)
    {
        // "a man who was injured in the April attack has died": the relative clause describes him; the verb after it counts him
        if (headEnd < m.Tokens.Count && words.Is(m.Tokens[headEnd].Norm, "relative")
            && m.Casualties.FirstOrDefault(c => c.Value == Figure.Killed && c.Start > headEnd + 2 && !ClauseBetween(m, headEnd, c.Start)) is { End: > 0 } died
            && m.Casualties.Any(c => c.Start > headEnd && c.Start < died.Start && c.Value != Figure.Killed)) return died;
        // "one died and seven were injured": a passive casualty word right after the number is its own
        var passive = m.Casualties.Where(c => c.Start >= headEnd && c.Start - headEnd <= 3 && HasAuxiliary(m, headEnd, c.Start)).Select(c => (Mention<Figure>?)c).FirstOrDefault();
        if (passive is { } p) return p;
        // "two killed and five injured", "zwei getötet und fünf verletzt": a casualty word right after the head is its own
        if (m.Casualties.StartingAt(headEnd) is { End: > 0 } right) return right;
        // "kill 8, injure 30": a casualty verb right before the number is its own
        var adjacent = m.Casualties.Where(c => c.End <= start && start - c.End <= 1).Select(c => (Mention<Figure>?)c).LastOrDefault();
        if (adjacent is { } j) return j;
        var after = m.Casualties.Where(c => c.Start >= headEnd && c.Start - headEnd <= 5 && !ClauseBetween(m, headEnd, c.Start)).Select(c => (Mention<Figure>?)c).FirstOrDefault();
        if (after is { } a) return a;
        // "the number of people killed ... increased to 19": an updated toll reaches further back
        int reach = start > 0 && words.Is(m.Tokens[start - 1].Norm, "rose-to") ? 20 : 6;
        // "there were no casualties, ... one of the drones": a negated casualty word counts nobody
        var before = m.Casualties.Where(c => c.End <= start && start - c.End <= reach && !ClauseBetween(m, c.End, start) && _zeros.NegatorOf(m, c.Start) is null)
            .Select(c => (Mention<Figure>?)c).LastOrDefault();
        return before;
    }

    Figure? WeaponFigure(SentenceMentions m, int start, int headEnd)
    {
        Mention<Outcome>? before = m.Outcomes.Where(o => o.End <= start && start - o.End <= 8 && !ClauseBetween(m, o.End, start) && !Describes(m, o)).Select(o => (Mention<Outcome>?)o).LastOrDefault();
        // "20 drones launched by Russia were destroyed": "launched by" describes the drones; the verb is the next one
        // "the missile, a KH-22, destroyed 72 apartments": a verb with a count for its object is what the weapon did
        Mention<Outcome>? after = m.Outcomes.Where(o => o.Start >= headEnd && Asides.Gap(m, headEnd, o.Start) <= 6 && !ClauseBetween(m, headEnd, o.Start) && !LaunchedBy(m, o)
                && !(m.Numbers.Any(x => x.Start == o.End) && !HasAuxiliary(m, headEnd, o.Start)))
            .Select(o => (Mention<Outcome>?)o).FirstOrDefault();
        Mention<Outcome>? chosen;
        // "four were shot down and two were jammed": a passive verb right after the number is its own
        if (after is { } p && HasAuxiliary(m, headEnd, p.Start) && Asides.Gap(m, headEnd, p.Start) <= 3 && !(before is { } b0 && b0.End == start)) chosen = p;
        else if (before is { } b && start - b.End <= 3) chosen = b;
        else if (after is { } a && (HasAuxiliary(m, headEnd, a.Start) || Asides.Gap(m, headEnd, a.Start) <= 2)) chosen = a;
        else chosen = before ?? after;
        if (chosen is null)
        {
            for (int k = Math.Max(0, start - 2); k < start; k++)
                if (words.Is(m.Tokens[k].Norm, "instrument")) return Figure.Launched;
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

    /// <summary>"missiles, launched by Ukraine, ...": a participle describing the weapon before it, not a verb for later numbers.</summary>
    bool Describes(SentenceMentions m, Mention<Outcome> o)
    {
        if (o.Value != Outcome.Launched) return false;
        int k = o.Start - 1;
        if (k >= 0 && m.Tokens[k].Norm == ",") k--;
        return k >= 0 && m.Weapons.Any(w => w.End == k + 1 && w.Value.Counted);
    }

    static bool LaunchedBy(SentenceMentions m, Mention<Outcome> o) =>
        o.Value == Outcome.Launched && o.End < m.Tokens.Count && m.Tokens[o.End].Norm == "by"
        && m.Outcomes.Any(later => later.Start > o.End && later.Value != Outcome.Launched);

    /// <summary>A word of <paramref name="role"/> among the tokens [from, to) (clamped to the sentence).</summary>
    bool RoleBetween(SentenceMentions m, int from, int to, string role)
    {
        for (int k = Math.Max(0, from); k < to && k < m.Tokens.Count; k++) if (words.Is(m.Tokens[k].Norm, role)) return true;
        return false;
    }

    bool HasAuxiliary(SentenceMentions m, int from, int to) => RoleBetween(m, from, to, "auxiliary");

    /// <summary>A clause word between two tokens ("while", "but", ";"). A dot inside a sentence is an abbreviation's
    /// ("U.S.-made"), not a clause break.</summary>
    bool ClauseBetween(SentenceMentions m, int from, int to)
    {
        for (int k = Math.Max(0, from); k < to; k++) if (m.Tokens[k].Norm != "." && words.Is(m.Tokens[k].Norm, "clause")) return true;
        return false;
    }

    /// <summary>"the governor of Oryol region ... shot down 10 drones over his region": the official's place.</summary>
    Recognition.Places.PlaceMention? OwnArea(SentenceMentions m, int from, int to)
    {
        for (int k = from; k + 1 < to; k++)
            if (words.Is(m.Tokens[k].Norm, "own") && words.Is(m.Tokens[k + 1].Norm, "own-area"))
                return m.Places.LastOrDefault(p => p.Cue == PlaceCue.Office && p.End <= k);
        return null;
    }

    /// <summary>"3 over the Moscow region, including 2 flying towards Moscow": a place in the region (or its namesake
    /// city) of the figure it is part of.</summary>
    static bool Within(Recognition.Places.PlaceMention? part, Recognition.Places.PlaceMention? whole) =>
        part is not null && whole is { Place.Precision: Geography.PlacePrecision.Region }
        && (ArticleDrafts.Inside(part.Place, whole.Place) || part.Place.Precision < Geography.PlacePrecision.Region && part.Place.Country == whole.Place.Country
            && whole.Place.Name.StartsWith(part.Place.Name + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>"and" just before the number at <paramref name="at"/>, or before its hedge ("and more than 70").</summary>
    bool JoinedByAnd(SentenceMentions m, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 3 && m.Tokens[k].Kind == TokenKind.Word; k--)
            if (words.Is(m.Tokens[k].Norm, "and")) return true;
        return false;
    }

    /// <summary>The next number written out ("a rocket", "another drone" do not start another figure's phrase).</summary>
    static int NextWritten(SentenceMentions m, List<NumberMention> numbers, int n)
    {
        for (int i = n + 1; i < numbers.Count; i++)
            if (m.Tokens[numbers[i].Start].Norm is not ("a" or "an" or "another")) return i;
        return -1;
    }

    /// <summary>The place after the number (up to the next number, or past it when only "and" joins them:
    /// "12 rockets and 12 drones over Belgorod"), else the last place before it.</summary>
    (Recognition.Places.PlaceMention?, bool) PlaceFor(SentenceMentions m, NumberMention num, List<NumberMention> numbers, int n)
    {
        var targets = m.Places.Where(p => p.Cue is PlaceCue.Target or PlaceCue.None && !p.IsCountry).ToList();
        // "a rocket hit a home near X" does not start another figure's phrase: only written numbers do
        int next = NextWritten(m, numbers, n), afterNext = next < 0 ? -1 : NextWritten(m, numbers, next);
        int limit = next >= 0 ? numbers[next].Start : m.Tokens.Count;
        // "the attack on Odesa that killed three people and Monday's attack on Kharkiv": a number in a relative clause
        // belongs to the place its clause hangs on
        if (targets.LastOrDefault(p => p.End <= num.Start) is { } held && num.Start - held.End <= 5
            && RoleBetween(m, held.End, num.Start, "relative"))
            return (held, m.Places.Count(p => p.Group == held.Group && !p.IsCountry) > 1);
        // "killing one person, while Moscow said the Russian capital was attacked": a place in the next clause is not the number's
        var place = targets.FirstOrDefault(p => p.Start >= num.End && p.Start < limit && !ClauseBetween(m, num.End, p.Start)) ?? OwnArea(m, num.End, limit);
        if (place is null && next >= 0 && JoinedByAnd(m, limit))
        {
            int further = afterNext >= 0 ? numbers[afterNext].Start : m.Tokens.Count;
            place = targets.FirstOrDefault(p => p.Start >= limit && p.Start < further);
        }
        place ??= targets.LastOrDefault(p => p.End <= num.Start);
        if (place is null) return (null, m.Places.Any(p => p.IsCountry && p.Cue == PlaceCue.Target));
        bool wave = m.Places.Count(p => p.Group == place.Group && !p.IsCountry) > 1;
        return (place, wave);
    }
}
