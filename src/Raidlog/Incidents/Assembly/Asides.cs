using Raidlog.Recognition;

namespace Raidlog.Incidents.Assembly;

/// <summary>Asides between dashes or brackets ("eight rockets heading towards the city – home to 334,000 people – were
/// intercepted"): words that do not part a number from its verb, and whose own numbers count nothing.</summary>
static class Asides
{
    /// <summary>The words between two tokens that belong to the sentence itself: an aside between dashes or brackets
    /// ("eight rockets heading towards the city – home to 334,000 people – were intercepted") does not count.</summary>
    public static int Gap(SentenceMentions m, int from, int to)
    {
        int gap = 0;
        for (int k = from; k < to; k++)
        {
            if (AsideEnd(m, k) is int end && end < to) { k = end; continue; }
            // a place's name and a quote's marks are no words between ("approaching Zayarthiri township in the capital “were shot down")
            if (m.Places.FirstOrDefault(p => p.Start == k) is { } place) { k = place.End - 1; continue; }
            if (IsQuoteMark(m.Tokens[k].Norm)) continue;
            gap++;
        }
        return gap;
    }

    /// <summary>Where an aside opened at <paramref name="k"/> by a spaced dash or a bracket closes, if it does.</summary>
    static int? AsideEnd(SentenceMentions m, int k)
    {
        var t = m.Tokens;
        string open = t[k].Norm, close = open == "(" ? ")" : open;
        if (open is not ("(" or "–" or "—")) return null; // a spaced hyphen opens none: "a man and a woman - both civilians"
        for (int j = k + 1; j < t.Count && j <= k + 12; j++) if (t[j].Norm == close) return j;
        return null;
    }

    /// <summary>A token inside an aside ("– home to 334,000 –").</summary>
    public static bool Contain(SentenceMentions m, int at)
    {
        for (int k = Math.Max(0, at - 12); k < at; k++)
            if (AsideEnd(m, k) is int end && end > at) return true;
        return false;
    }

    /// <summary>A dash between words: an en or em dash, or a hyphen with a space before it ("buried today - a boy").</summary>
    public static bool IsDash(SentenceMentions m, int k) =>
        m.Tokens[k].Norm is "–" or "—" || m.Tokens[k].Norm == "-" && k > 0 && m.Tokens[k].Start > m.Tokens[k - 1].End;

    /// <summary>Quotation marks (the tokenizer folds ’ into ').</summary>
    public static bool IsQuoteMark(string norm) => norm is "\"" or "“" or "”" or "'" or "‘";
}
