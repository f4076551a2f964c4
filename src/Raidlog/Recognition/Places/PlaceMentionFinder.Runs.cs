using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>Where a name begins and ends: capitalised words, hyphens and particles inside it, a compass word or an
/// "of" that the gazetteer knows as part of it ("North Kordofan", "Gulf of Aden"), a facility word after it.</summary>
public sealed partial class PlaceMentionFinder
{
    /// <summary>
    /// "across Odessa, Kharkov, Lviv and kyiv": a word written small that closes a list of names is one of them when it
    /// is a city by its own name in the country of the name before it (a typo in case, not the common word "nice").
    /// </summary>
    bool ListedInLowerCase(string text, IReadOnlyList<Token> tokens, List<Run> runs, int i)
    {
        if (runs.Count == 0 || tokens[i].Kind != TokenKind.Word || !char.IsLower(text[tokens[i].Start]) || !OnlyJoiners(tokens, runs[^1].End, i)) return false;
        var before = runs[^1];
        return resolver.Resolve(text[tokens[i].Start..tokens[i].End]) is { Match: MatchKind.Name, Entry: { Kind: EntryKind.Place, Population: >= 100_000, Country: { } country } }
               && resolver.Resolve(text[tokens[before.Start].Start..tokens[before.NameEnd - 1].End])?.Place.Country == country;
    }

    static bool IsPossessive(string text, Token t) =>
        t.End - t.Start >= 3 && Tokenizer.IsApostrophe(text[t.End - 2]) && char.ToLowerInvariant(text[t.End - 1]) == 's';

    /// <summary>"al-Mansouri", "el-Fasher": a romanised Arabic article written small, glued to the name by a hyphen.</summary>
    bool OpensWithArticle(string text, IReadOnlyList<Token> tokens, int i) =>
        NameVariants.IsArticle(tokens[i].Norm) && i + 2 < tokens.Count && IsInnerHyphen(tokens, i + 1) && IsNameWord(text, tokens, i + 2);

    bool IsNameWord(string text, IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start]) && !data.NotPlaces.Contains(tokens[i].Norm);

    /// <summary>"an attack on the Kremlin", "drones downed near the Kremlin": a landmark that otherwise speaks for its state
    /// ("the Kremlin said") is a place after a target cue; not after "in" ("talks in the Kremlin").</summary>
    bool LandmarkHit(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || !char.IsUpper(text[tokens[i].Start]) || !data.Landmarks.Contains(tokens[i].Norm) || i == 0) return false;
        // "damage to Putin's Kremlin residence": the cue stands before the landmark's owner
        int at = IsPossessive(text, tokens[i - 1]) && tokens[i - 1].IsCapitalised(text) ? i - 1 : i;
        return at > 0 && CueBefore(tokens, at) == PlaceCue.Target && tokens[Math.Max(0, at - (tokens[at - 1].Norm == "the" ? 2 : 1))].Norm != "in";
    }

    /// <summary>"Rostov-on-Don", "Komsomolsk-on-Amur": a small word between two glued hyphens inside a name.</summary>
    bool InnerParticle(string text, IReadOnlyList<Token> tokens, int j) =>
        j >= 1 && j + 2 < tokens.Count && tokens[j - 1].Norm == "-" && tokens[j + 1].Norm == "-" && tokens[j].Kind == TokenKind.Word
        && terms.Particle.Contains(tokens[j].Norm) && tokens[j].Start == tokens[j - 1].End && tokens[j + 1].Start == tokens[j].End
        && IsNameWord(text, tokens, j + 2);

    // "Rostov-on-Don", "Ivano-Frankivsk": a hyphen glued on both sides keeps the name going
    static bool IsInnerHyphen(IReadOnlyList<Token> tokens, int j) =>
        tokens[j].Norm == "-" && j > 0 && tokens[j].Start == tokens[j - 1].End && j + 1 < tokens.Count
        && tokens[j + 1].Start == tokens[j].End && tokens[j + 1].Kind == TokenKind.Word;

    static bool IsAllCaps(string text, Token t) => text.AsSpan(t.Start, t.End - t.Start).ToString() is var s && s.Length > 2 && s.ToUpperInvariant() == s;

    string Surface(string text, IReadOnlyList<Token> tokens, int start, int end, string? suffix)
    {
        var name = text[tokens[start].Start..tokens[end - 1].End];
        if (suffix is null) return name;
        var singular = suffix.EndsWith('s') && terms.Plural.Contains(suffix) ? suffix[..^1] : suffix;
        return name + " " + singular;
    }

    /// <summary>"northern Israel", "southern Lebanon's Bint Jbeil": a direction written small before a name starts the
    /// name when the gazetteer knows the two as one area. Returns the run's start.</summary>
    int DirectionStart(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start == 0 || !terms.Direction.Contains(tokens[start - 1].Norm) || char.IsUpper(text[tokens[start - 1].Start])) return start;
        int to = tokens[end - 1].End;
        for (int k = start; k < end; k++)
            if (IsPossessive(text, tokens[k])) { to = tokens[k].End - 2; break; }
        return resolver.Resolve(text[tokens[start - 1].Start..to]) is { Entry.Kind: EntryKind.Landmark } ? start - 1 : start;
    }

    /// <summary>A capitalised compass word followed by a name: "North Kordofan", "South Korea", "West Bank" may start a name.</summary>
    bool CompassWord(string text, IReadOnlyList<Token> tokens, int i) =>
        terms.Direction.Contains(tokens[i].Norm) && char.IsUpper(text[tokens[i].Start]) && i + 1 < tokens.Count && IsNameWord(text, tokens, i + 1);

    /// <summary>
    /// "North Kordofan", "South Darfur", "the West Bank": the compass word is part of the name when the gazetteer knows
    /// the whole as a country, region, district, landmark or a town by its own name; otherwise it is a direction
    /// ("North Gaza" is not a name of its own, "Western officials" no place).
    /// </summary>
    bool CompassName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        int to = end;
        for (int k = start + 1; k < end; k++)
            if (IsPossessive(text, tokens[k])) { to = k + 1; break; }
        var whole = text[tokens[start].Start..tokens[to - 1].End];
        if (IsPossessive(text, tokens[to - 1])) whole = whole[..^2];
        return resolver.Resolve(whole) is { Match: MatchKind.Name or MatchKind.AltName, Entry: { } e }
               && (e.Kind is EntryKind.Country or EntryKind.Admin1 or EntryKind.District or EntryKind.Landmark || e.Population >= 100_000);
    }

    /// <summary>"Ben Gurion airport", "the Engels air base": a name and a facility word written small are one name when
    /// the gazetteer knows the whole as a landmark. Returns the run's new end.</summary>
    int FacilityName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        foreach (var words in terms.Facility)
        {
            if (!WordsAt(tokens, end, words)) continue;
            int to = end + words.Length, from = start;
            for (int k = start; k < end - 1; k++)
                if (IsPossessive(text, tokens[k])) from = k + 1; // "Israel's Ben Gurion airport"
            if (resolver.Resolve(text[tokens[from].Start..tokens[to - 1].End]) is { Entry.Kind: EntryKind.Landmark }) return to;
        }
        return end;
    }

    static bool WordsAt(IReadOnlyList<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count) return false;
        for (int k = 0; k < words.Length; k++)
            if (tokens[at + k].Norm != words[k]) return false;
        return true;
    }

    /// <summary>
    /// "Gulf of Aden", "Sea of Azov", "Jammu and Kashmir": a name, "of" or "and", and a name are one name when the
    /// gazetteer knows the whole as a sea, landmark, region or country. Returns the run's new end.
    /// </summary>
    int OfName(string text, IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || tokens[end].Norm is not ("of" or "and") || !IsNameWord(text, tokens, end + 1)) return end;
        int k = end + 1;
        while (k < tokens.Count && IsNameWord(text, tokens, k)) k++;
        return resolver.Resolve(text[tokens[start].Start..tokens[k - 1].End]) is { Entry.Kind: EntryKind.Landmark or EntryKind.Country or EntryKind.Admin1 } ? k : end;
    }
}
