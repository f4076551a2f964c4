namespace Raidlog.Text;

/// <summary>
/// Which (first letter, length) pairs the first words of a phrase list have, so a matcher can pass over most words
/// of a text without hashing them. Exact for ASCII first letters, case-insensitively (with the non-ASCII letters
/// whose case partner is ASCII, like 'ı' and 'ſ'); a word starting with any other character always may match.
/// </summary>
sealed class FirstWordFilter
{
    const int LongWord = 63;
    readonly ulong[] _lengthsByLetter = new ulong[128];

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return;
        char c = word[0], upper = char.ToUpperInvariant(c), lower = char.ToLowerInvariant(c);
        foreach (var k in (ReadOnlySpan<char>)[c, upper, lower, char.ToLowerInvariant(upper), char.ToUpperInvariant(lower)])
            if (k < 128) _lengthsByLetter[k] |= Bit(word.Length);
    }

    /// <summary>False only when no phrase can start with this word (or with it less a possessive 's, when <paramref name="possessive"/>).</summary>
    public bool MayStart(ReadOnlySpan<char> word, bool possessive = false)
    {
        if (word.IsEmpty || word[0] >= 128) return true;
        var lengths = _lengthsByLetter[word[0]];
        return (lengths & Bit(word.Length)) != 0 || possessive && word.Length > 2 && (lengths & Bit(word.Length - 2)) != 0;
    }

    static ulong Bit(int length) => 1UL << Math.Min(length, LongWord);
}
