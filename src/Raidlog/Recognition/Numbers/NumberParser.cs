using System.Globalization;
using Raidlog.Recognition.Lexicons;
using Raidlog.Text;

namespace Raidlog.Recognition.Numbers;

/// <summary>
/// Reads quantities: digits ("1,200"), word numbers ("twenty-five", "two hundred and fifty", "a dozen",
/// "two dozen"), and vague words that state no figure. Hedges ("at least", "nearly") are skipped by the
/// caller: the number as written is kept. Dates, times, ages and percentages are not quantities.
/// </summary>
public sealed class NumberParser(LanguageLexicons data)
{
    public List<NumberMention> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<NumberMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (TryParse(tokens, i, out var m)) { found.Add(m); i = m.End - 1; }
        }
        return found;
    }

    public bool TryParse(IReadOnlyList<Token> tokens, int i, out NumberMention mention)
    {
        mention = default;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            if (!TryDigits(t.Norm, out var v) || IsNotAQuantity(tokens, i, v)) return false;
            int end = i + 1;
            // "1 thousand", "2 dozen"
            if (end < tokens.Count && data.Numbers.TryMatch(tokens, end, out var l, out var w) && w.Role == NumberRole.Scale)
            { v *= w.Value; end += l; }
            mention = new NumberMention(i, end, v);
            return true;
        }
        if (t.Kind != TokenKind.Word) return false;
        if (data.Vague.TryMatch(tokens, i, out var vl, out _) && !StartsWordNumber(tokens, i)
            && !CountFollows(tokens, i + vl) && !(i + vl < tokens.Count && tokens[i + vl].Norm == "than" && CountFollows(tokens, i + vl + 1))) // "some 1,200", "more than 70" are hedges
        {
            mention = new NumberMention(i, i + vl, null);
            return true;
        }
        return TryWords(tokens, i, out mention);
    }

    bool CountFollows(IReadOnlyList<Token> tokens, int k) => k < tokens.Count && (tokens[k].Kind == TokenKind.Number || StartsWordNumber(tokens, k));

    bool StartsWordNumber(IReadOnlyList<Token> tokens, int i) => data.Numbers.TryMatch(tokens, i, out _, out _);

    bool TryWords(IReadOnlyList<Token> tokens, int i, out NumberMention mention)
    {
        mention = default;
        int j = i, total = 0, current = 0;
        bool any = false;
        // "a dozen", "a hundred"
        if (tokens[j].Norm is "a" or "an" && j + 1 < tokens.Count && data.Numbers.TryMatch(tokens, j + 1, out _, out var sw) && sw.Role == NumberRole.Scale)
        { current = 1; j++; }
        while (j < tokens.Count && data.Numbers.TryMatch(tokens, j, out var len, out var w))
        {
            if (w.Role == NumberRole.Article && !(j + len < tokens.Count && tokens[j + len].Kind != TokenKind.Punct)) break;
            if (w.Role == NumberRole.Scale)
            {
                current = Math.Max(current, 1) * w.Value;
                if (w.Value >= 1000) { total += current; current = 0; }
            }
            else current += w.Value;
            any = true;
            j += len;
            // "twenty-five", "two hundred and fifty"
            if (j + 1 < tokens.Count && tokens[j].Norm is "-" or "and" && data.Numbers.TryMatch(tokens, j + 1, out _, out var nx)
                && (tokens[j].Norm == "-" || nx.Value < 100) && w.Value >= 20)
                j++;
            else if (w.Role == NumberRole.Unit && !(j < tokens.Count && data.Numbers.TryMatch(tokens, j, out _, out var n2) && (n2.Role == NumberRole.Scale || (w.Value >= 20 && w.Value % 10 == 0 && n2.Value < 10))))
                break;
        }
        if (!any) return false;
        // "one-way drones", "a two-storey house": a word number glued to a measure is part of an adjective
        if (j + 1 < tokens.Count && tokens[j].Norm == "-" && tokens[j].Start == tokens[j - 1].End && data.Measures.Contains("-" + tokens[j + 1].Norm)) return false;
        // "within three hours", "ten kilometres away": a measure, as "3 hours" is
        if (j < tokens.Count && data.Measures.Contains(tokens[j].Norm) && tokens[i].Norm is not ("a" or "an")) return false;
        mention = new NumberMention(i, j, total + current);
        return true;
    }

    static bool IsGroupOfThree(string norm, int at) =>
        at + 3 <= norm.Length && char.IsDigit(norm[at]) && char.IsDigit(norm[at + 1]) && char.IsDigit(norm[at + 2]) && (at + 3 == norm.Length || !char.IsDigit(norm[at + 3]));

    static bool TryDigits(string norm, out int value)
    {
        value = 0;
        int end = 0;
        while (end < norm.Length && (char.IsDigit(norm[end]) || norm[end] == ',')) end++;
        // "1.200": German and other languages group thousands with a dot; any other dot is a decimal, not a count
        while (end < norm.Length && norm[end] == '.' && IsGroupOfThree(norm, end + 1)) end += 4;
        if (end < norm.Length && norm[end] == '.') return false;
        if (end < norm.Length && char.IsLetter(norm[end]) && norm[end..] is not ("st" or "nd" or "rd" or "th")) return false; // "10pm", "5km"
        return int.TryParse(norm.AsSpan(0, end).ToString().Replace(",", "").Replace(".", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Years, times, ages, percentages, ordinals and dates are numbers but not counts. The words that
    /// say so are the language's (measures.tsv: "5 km", "aged 11", "11-year-old"; months.tsv: "30. Mai").</summary>
    bool IsNotAQuantity(IReadOnlyList<Token> tokens, int i, int value)
    {
        var t = tokens[i].Norm;
        if (t.EndsWith("st") || t.EndsWith("nd") || t.EndsWith("rd") || t.EndsWith("th")) return true;
        if (value >= 1900 && value <= 2100 && !t.Contains(',')) return true;
        string Next(int k) => i + k < tokens.Count ? tokens[i + k].Norm : "";
        string Prev(int k) => i - k >= 0 ? tokens[i - k].Norm : "";
        if (Next(1) is ":" or "%" || data.Measures.Contains(Next(1))) return true;
        if (Next(1) == "-" && data.Measures.Contains("-" + Next(2))) return true;
        // "KN-23", "Su-34", "S-300": a designator glued to its letters
        if (Prev(1) == "-" && i >= 2 && tokens[i - 1].Start == tokens[i - 2].End && tokens[i].Start == tokens[i - 1].End && tokens[i - 2].Kind == TokenKind.Word) return true;
        if (Prev(1) is ":" || data.Measures.Contains(Prev(1) + "-")) return true;
        if (Next(1) == "," && Prev(1) != "" && IsMonth(Prev(1))) return true;
        if (IsMonth(Next(1)) || IsMonth(Prev(1)) || Prev(1) == "." && IsMonth(Prev(2))) return true; // "Nov. 28"
        // "30. Mai": the German ordinal dot
        if (Next(1) == "." && tokens[i + 1].Start == tokens[i].End && IsMonth(Next(2))) return true;
        if (Next(1) is "/" or "-" && i + 2 < tokens.Count && tokens[i + 2].Kind == TokenKind.Number) return true; // 11/08, 2024-08-11
        if (Prev(1) == "/" && tokens[i].Start == tokens[i - 1].End && i >= 2 && tokens[i - 1].Start == tokens[i - 2].End) return true; // "Shahed-136/131"
        return false;
    }

    public bool IsMonth(string norm) => data.Months.Contains(norm);
}
