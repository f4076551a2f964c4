using Raidlog.Recognition;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Incidents.Assembly;

/// <summary>Statements that nobody was killed or hurt, read as zero frames (FORMAT.md: "no casualties" is 0 killed and
/// 0 injured, "no injuries" 0 injured).</summary>
public sealed class NoCasualties(FrameWords words)
{
    /// <summary>
    /// "No casualties were reported", "nobody was hurt", "without casualties", "no injuries": zero frames, placeless (the
    /// assembler gives them to every incident the statement covers). A casualty word after a negator within a few words
    /// is zero; "casualties", "hurt", "victims" mean both killed and injured, and so does any word after "no one"/"nobody"
    /// but "killed". "No information on casualties" and "no other casualties" state no zero.
    /// </summary>
    public List<Frame> Find(SentenceMentions m)
    {
        var zeros = new List<Frame>();
        var t = m.Tokens;
        if (!HasNegator(t)) return zeros; // nearly every sentence: no word that could negate a casualty
        for (int j = 0; j < t.Count; j++)
        {
            bool both = words.Is(t[j].Norm, "no-casualties");
            var casualty = m.Casualties.StartingAt(j);
            if (!both && casualty.End == 0 || NegatorOf(m, j) is not int k) continue;
            bool person = words.Is(t[k].Norm, "no-person") || k + 1 < t.Count && words.Is(t[k + 1].Norm, "no-person");
            var figures = both || person && casualty.Value != Figure.Killed ? new[] { Figure.Killed, Figure.Injured } : new[] { casualty.Value };
            foreach (var f in figures)
                if (!zeros.Any(z => z.Figure == f)) zeros.Add(new Frame(f, 0, AttackMode.Unknown, "", null, false, m.Sentence.Index, m.Sentence.Span));
        }
        return zeros;
    }

    bool HasNegator(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
            if (words.Is(token.Norm, "negator")) return true;
        return false;
    }

    /// <summary>The negator a casualty word at <paramref name="j"/> is under ("no damage or casualties", "nobody was hurt"),
    /// if any: a few words back, within its phrase (a list's commas stay inside it).</summary>
    public int? NegatorOf(SentenceMentions m, int j)
    {
        var t = m.Tokens;
        for (int k = j - 1; k >= 0 && k >= j - 5; k--)
        {
            if (t[k].Kind == TokenKind.Punct && t[k].Norm is not ("-" or ",") || words.Is(t[k].Norm, "not-none")) return null;
            if (m.Numbers.Any(x => x.Value > 0 && x.Start == k)) return null;
            if (words.Is(t[k].Norm, "negator")) return k;
        }
        return null;
    }
}
