namespace Raidlog.Text;

/// <summary>
/// Splits text into words, numbers and punctuation in one forward pass (no regex).
/// Hyphens and slashes are tokens of their own so "Shahed-type" and "Kh-101" match lexicon phrases
/// written the same way; "1,200" and "2.5" stay one number.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        var tokens = new List<Token>();
        Tokenize(text, start, end < 0 ? text.Length : end, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of text[start..end) to <paramref name="tokens"/> (a caller's reused buffer).</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        for (int i = start; Next(text, ref i, end, out int s, out var kind);)
            tokens.Add(new Token(s, i, kind, kind switch
            {
                TokenKind.Number => WordPool.Current.Lower(text.AsSpan(s, i - s)),
                TokenKind.Word => Normalise(text.AsSpan(s, i - s)),
                _ => IsApostrophe(text[s]) ? "'" : Punctuation(text[s]),
            }));
    }

    /// <summary>
    /// The next token at or after <paramref name="i"/>: its start and kind, with <paramref name="i"/> moved to its
    /// end. False at the end of the text. The one place that decides where tokens begin and end.
    /// </summary>
    public static bool Next(string text, ref int i, int end, out int start, out TokenKind kind)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        start = i;
        kind = TokenKind.Punct;
        if (i >= end) return false;
        char c = text[i];
        int s = i;
        if (char.IsDigit(c))
        {
            while (i < end && (char.IsDigit(text[i]) || (IsGroupMark(text[i]) && i + 1 < end && char.IsDigit(text[i + 1]) && i > s)))
                i++;
            // "81st", "3rd": the ending belongs to the number
            while (i < end && char.IsLetter(text[i]) && i - s < 8) i++;
            kind = TokenKind.Number;
        }
        else if (char.IsLetter(c))
        {
            while (i < end && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1])) || (text[i] == '.' && IsInitialism(text, s, i, end))))
                i++;
            kind = TokenKind.Word;
        }
        else i++;
        return true;
    }

    // One string per ASCII mark, made once, not one per comma and full stop.
    static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    static string Punctuation(char c) => c < 128 ? AsciiMarks[c] : c.ToString();

    static bool IsGroupMark(char c) => c == ',' || c == '.';

    public static bool IsApostrophe(char c) => c == '\'' || c == '’' || c == 'ʼ' || c == '`';

    // "U.S." and "U.K.": a dot between single letters stays inside the word.
    static bool IsInitialism(string text, int s, int i, int end) =>
        i - s >= 1 && char.IsLetter(text[i - 1]) && (i - 2 < s || text[i - 2] == '.') && i + 1 < end && char.IsLetter(text[i + 1]) && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    public static string Normalise(ReadOnlySpan<char> word)
    {
        Span<char> buf = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return WordPool.Current.Get(Normalise(word, buf));
    }

    /// <summary>A word's <see cref="Token.Norm"/> written into <paramref name="buffer"/> (at least as long as the word).</summary>
    public static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        foreach (var ch in word) buffer[n++] = IsApostrophe(ch) ? '\'' : char.ToLowerInvariant(ch);
        ReadOnlySpan<char> s = buffer[..n];
        if (s.EndsWith("'s")) s = s[..^2];
        else if (s.EndsWith("'")) s = s[..^1];
        return s;
    }
}
