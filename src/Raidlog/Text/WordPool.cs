namespace Raidlog.Text;

/// <summary>
/// One string per distinct normalised word, so the same few thousand words of every article are not allocated
/// again for each token. Per thread (no locks); cleared when it reaches its size bound, so an endless stream of
/// new words (names, typos) cannot grow it without limit.
/// </summary>
sealed class WordPool
{
    const int MaxWords = 50_000;
    const int MaxLength = 32;
    readonly Dictionary<string, string> _words = new(StringComparer.Ordinal);
    readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    [ThreadStatic] static WordPool? _current;
    public static WordPool Current => _current ??= new WordPool();

    WordPool() => _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength) return new string(word);
        if (_lookup.TryGetValue(word, out var kept)) return kept;
        if (_words.Count >= MaxWords) _words.Clear();
        var made = new string(word);
        _words[made] = made;
        return made;
    }

    /// <summary>The word in lower case (invariant), from the pool.</summary>
    public string Lower(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        return Get(buffer);
    }
}
