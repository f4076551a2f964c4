using System.Runtime.CompilerServices;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Places;

/// <summary>
/// The role the words just before a name give the place (languages/XX/place-cues.tsv): "from" a launch site,
/// "over" or "in" a target, "sirens in" elsewhere, "the governor of" an office. "the" and a heading region word
/// ("regions of") may stand between the cue and the name.
/// </summary>
public sealed class PlaceCueReader
{
    static readonly ConditionalWeakTable<LanguageLexicons, PlaceCueReader> Loaded = new();
    readonly PhraseMatcher<PlaceCue> _cues;
    readonly PlaceTerms _terms;

    PlaceCueReader(LanguageLexicons data) => (_cues, _terms) = (data.PlaceCues, PlaceTerms.For(data));

    public static PlaceCueReader For(LanguageLexicons data) => Loaded.GetValue(data, d => new PlaceCueReader(d));

    public PlaceCue Before(IReadOnlyList<Token> tokens, int start)
    {
        // "from Cape Chauda (Crimea)": the region in brackets of a launch site is where it lies
        if (start > 0 && tokens[start - 1].Norm == "(" && FromBefore(tokens, start - 1)) return PlaceCue.Launch;
        int s = start > 0 && tokens[start - 1].Norm == "the" ? start - 1 : start;
        if (LeadingRegionWord(tokens, start) != null) s = start - 2 > 0 && tokens[start - 3].Norm == "the" ? start - 3 : start - 2;
        for (int k = Math.Min(4, s); k >= 1; k--)
            if (_cues.TryMatch(tokens, s - k, out var len, out var cue) && len == k)
                return cue == PlaceCue.Target && tokens[s - 1].Norm == "of" && FromBefore(tokens, s - k) ? PlaceCue.Launch : cue;
        return PlaceCue.None;
    }

    /// <summary>"regions of Belgorod and Kursk": the plural region word heading a list of names.</summary>
    public string? LeadingRegionWord(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Norm == "of" && _terms.Plural.Contains(tokens[start - 2].Norm) ? tokens[start - 2].Norm : null;

    /// <summary>"from the Russian port town of Primorsko-Akhtarsk": "from" a few words before "town of".</summary>
    static bool FromBefore(IReadOnlyList<Token> tokens, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 4 && tokens[k].Kind == TokenKind.Word; k--)
            if (tokens[k].Norm == "from") return true;
        return false;
    }
}
