namespace Raidlog.Text;

/// <summary>
/// The words of a stretch of text as UTF-16 spans, found in one forward pass without allocating per word.
/// A word is a run of letters and digits; an apostrophe, hyphen or dot between two letters stays inside it
/// ("Russia's", "al-Shabaab", "U.S"), so lexicon phrases written the same way line up with the text.
/// </summary>
public sealed class WordSpans
{
    readonly List<TextSpan> spans;

    public string Text { get; }

    WordSpans(string text, int capacity)
    {
        Text = text;
        spans = new List<TextSpan>(capacity);
    }

    public int Count => spans.Count;
    public TextSpan this[int index] => spans[index];
    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(spans[index].Start, spans[index].Length);

    /// <summary>The words of <paramref name="text"/>. The last few results are kept per thread: the recognisers
    /// of claimants, attackers and dates each ask for the words of the same sentence or article.</summary>
    public static WordSpans Of(string text)
    {
        var recent = _recent ??= new WordSpans?[RecentCount];
        foreach (var kept in recent)
            if (kept is not null && ReferenceEquals(kept.Text, text)) return kept;
        var made = Find(text);
        recent[_next = (_next + 1) % RecentCount] = made;
        return made;
    }

    const int RecentCount = 4;
    [ThreadStatic] static WordSpans?[]? _recent;
    [ThreadStatic] static int _next;

    static WordSpans Find(string text)
    {
        var words = new WordSpans(text, text.Length / 6 + 4); // about one word per six characters of English
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsJoiner(text, i))) i++;
            words.spans.Add(new TextSpan(start, i));
        }
        return words;
    }

    static bool IsJoiner(string text, int i) =>
        text[i] is '\'' or '’' or '-' or '.' && i > 0 && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1])
        && (text[i] != '.' || char.IsUpper(text[i - 1]) && char.IsUpper(text[i + 1])); // "U.S" but not "said.Russia"

    /// <summary>The index of the first word that starts at or after <paramref name="position"/> (Count if none).</summary>
    public int FirstAtOrAfter(int position)
    {
        int lo = 0, hi = spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (spans[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public bool IsCapitalised(int index) => char.IsUpper(Text[spans[index].Start]);

    /// <summary>True when the word, ignoring case and a possessive 's, is <paramref name="word"/> (lower case).</summary>
    public bool Is(int index, string word) => index >= 0 && index < spans.Count && CasedPhraseMatcher<int>.Same(Word(index), word, exact: false, allowPossessive: true);
}
