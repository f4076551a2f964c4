using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>What the words around a name say of its role: a launch site or a target (the cue before it), a side that
/// speaks ("Moscow said"), an outlet or a unit, a road or a river, a place a distance is measured from.</summary>
public sealed partial class PlaceMentionFinder
{
    /// <summary>
    /// A weapon's name ("Bayraktar", "Pantsir") is not a place, nor is an armed side's name ("Hamas") a place
    /// in another country — GeoNames lists such words as alternate names of villages and towns.
    /// </summary>
    bool ClaimedByOthers(IReadOnlyList<Token> tokens, int from, int to, Place place)
    {
        for (int k = from; k < to; k++)
        {
            if (data.Weapons.TryMatch(tokens, k, out _, out _)) return true;
            if (data.Actors.TryMatch(tokens, k, out _, out var side) && side != place.Country) return true;
        }
        return false;
    }

    /// <summary>"135 miles north-northwest of Mogadishu", "20 km from Kharkiv": a place the distance is measured from
    /// is a landmark for the reader, not where the strike was.</summary>
    bool MeasuredFrom(IReadOnlyList<Token> tokens, int start)
    {
        int k = start - 1;
        if (k >= 0 && tokens[k].Norm == "the") k--;
        if (k < 1 || tokens[k].Norm is not ("of" or "from")) return false;
        for (k--; k >= 0 && (terms.Direction.Contains(tokens[k].Norm) || terms.Bearing.Contains(tokens[k].Norm) || tokens[k].Norm == "-"); k--) { }
        return k >= 0 && terms.DistanceUnit.Contains(tokens[k].Norm);
    }

    /// <summary>"135 miles north-northwest of Mogadishu, the capital of Somalia": with no other place named, the strike
    /// is known only to be in the measured-from place's country, which the sentence names.</summary>
    static void OnlyTheCountry(List<PlaceMention> mentions, string country)
    {
        if (mentions.Any(m => !m.IsCountry && m.Cue is PlaceCue.Target or PlaceCue.None)) return;
        int at = mentions.FindIndex(m => m.IsCountry && m.Place.Country == country && m.Cue == PlaceCue.None);
        if (at >= 0) mentions[at] = mentions[at] with { Cue = PlaceCue.Target };
    }

    /// <summary>"the Moscow Times", "the Kyiv Independent", "the Azov brigade": a place's name inside an outlet's or a unit's.</summary>
    bool NamesAnOrganisation(IReadOnlyList<Token> tokens, Run run, Found found) =>
        run.End < tokens.Count && terms.Organisation.Contains(tokens[run.End].Norm)
        || Enumerable.Range(found.To, Math.Max(0, run.NameEnd - found.To)).Any(k => terms.Organisation.Contains(tokens[k].Norm));

    /// <summary>"across the Dnipro river", "the Dnieper River": a river named after a city is no place hit.</summary>
    bool IsRiver(IReadOnlyList<Token> tokens, Run run) =>
        run.End < tokens.Count && terms.River.Contains(tokens[run.End].Norm) || terms.River.Contains(tokens[run.NameEnd - 1].Norm);

    /// <summary>"the Nabatieh-Kfarjouz road": two places joined by a hyphen before "road" name a road between them.</summary>
    bool IsRoad(IReadOnlyList<Token> tokens, Run run) =>
        run.End < tokens.Count && terms.Route.Contains(tokens[run.End].Norm)
        && Enumerable.Range(run.Start, run.NameEnd - run.Start).Any(k => tokens[k].Norm == "-");

    /// <summary>"Moscow said", "Kyiv's troops", "Tymoshenko also said": a capital standing for its government, or a person;
    /// "at 12:15 Moscow time": a time zone. Neither is a place where something happened.</summary>
    bool ActsAsSide(string text, IReadOnlyList<Token> tokens, Run run)
    {
        int next = run.End < tokens.Count && terms.Adverb.Contains(tokens[run.End].Norm) ? run.End + 1 : run.End;
        return IsPossessive(text, tokens[run.NameEnd - 1]) || (next < tokens.Count && terms.SideVerb.Contains(tokens[next].Norm));
    }

    /// <summary>"Vladimir Putin", "Sergei Sobyanin": a given name followed by another capitalised word is a person, not Vladimir the
    /// city; so is a name after an age ("11-month-old Salman").</summary>
    bool IsPersonName(string text, IReadOnlyList<Token> tokens, Run run)
    {
        // "11-month-old Salman", "a 6-year-old Humera": an age before a name makes it a person
        if (run.Start >= 2 && tokens[run.Start - 1].Norm == "old" && tokens[run.Start - 2].Norm == "-") return true;
        if (!data.GivenNames.Contains(tokens[run.Start].Norm)) return false;
        int next = run.Start + 1;
        return next < tokens.Count && tokens[next].Kind == TokenKind.Word && char.IsUpper(text[tokens[next].Start]);
    }

    PlaceCue CueBefore(IReadOnlyList<Token> tokens, int start) => cues.Before(tokens, start);

    /// <summary>"Russia launches missile, drone attacks on Ukraine - Kyiv": a capital after a dash closing a headline is who
    /// says so, as a capital stands for its government ("Moscow said").</summary>
    static bool SourceAfterDash(IReadOnlyList<Token> tokens, Run run, PlaceResolution resolved) =>
        run.Start > 0 && tokens[run.Start - 1].Norm == "-" && (run.End == tokens.Count || run.End + 1 == tokens.Count && tokens[run.End].Norm == ".")
        && resolved is { Match: not MatchKind.StandsFor, Entry.FeatureCode: "PPLC" };
}
