namespace Raidlog.Text;

/// <summary>
/// Splits text into sentences: every line break ends one, and so do . ! ? before a capital, digit or quote,
/// unless the token before the full stop is a known abbreviation ("Aug.", "Gov."). A full stop glued between
/// a lower-case word and a capital ("power.Russia") also splits, as run-together copy needs.
/// </summary>
public sealed class SentenceSplitter(IReadOnlySet<string> abbreviations)
{
    public List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<Token>(256); // one line's tokens; each sentence keeps a copy of its own
        int paragraph = 0, lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            tokens.Clear();
            Tokenizer.Tokenize(text, lineStart, i, tokens);
            SplitLine(text, tokens, paragraph, sentences);
            if (i > lineStart && !text.AsSpan(lineStart, i - lineStart).IsWhiteSpace()) paragraph++;
            lineStart = i + 1;
        }
        return sentences;
    }

    void SplitLine(string text, List<Token> tokens, int paragraph, List<Sentence> into)
    {
        int first = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Kind != TokenKind.Punct || tok.Norm is not ("." or "!" or "?")) continue;
            if (t + 1 < tokens.Count && !StartsSentence(text, tokens, t)) continue;
            Add(tokens, first, t + 1, paragraph, into);
            first = t + 1;
        }
        Add(tokens, first, tokens.Count, paragraph, into);
    }

    bool StartsSentence(string text, List<Token> tokens, int dot)
    {
        var next = tokens[dot + 1];
        char c = text[next.Start];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '(' or '«' or '\'' or '‘')) return false;
        if (dot == 0) return true;
        var prev = tokens[dot - 1];
        if (prev.Kind == TokenKind.Word && abbreviations.Contains(prev.Norm)) return false;
        // "No. 5" is an abbreviation only before a digit; a single capital is an initial ("Mykola V. Oleshchuk")
        if (prev.Kind == TokenKind.Word && prev.End - prev.Start == 1 && char.IsUpper(text[prev.Start])) return false;
        return true;
    }

    static void Add(List<Token> tokens, int from, int to, int paragraph, List<Sentence> into)
    {
        if (to <= from) return;
        var slice = tokens.GetRange(from, to - from);
        into.Add(new Sentence(into.Count, paragraph, new TextSpan(slice[0].Start, slice[^1].End), slice));
    }
}
