namespace Raidlog.Text;

/// <summary>A lexicon phrase found at words [FirstWord, EndWord) of a <see cref="WordSpans"/>.</summary>
public readonly record struct PhraseHit<T>(int FirstWord, int EndWord, TextSpan Span, T Value, bool Possessive);

/// <summary>
/// Finds lexicon phrases in text word by word: a dictionary lookup of the first word, then a compare of the
/// rest, longest phrase first. Case follows the data: a phrase written in lower case matches any case
/// ("yesterday", "defence ministry"); a phrase with a capital matches as written ("US" is not "us", "Sun" is
/// not "sun"). ’ counts as ', and a possessive 's after the last word still matches ("Russia's").
/// </summary>
public sealed class CasedPhraseMatcher<T>
{
    sealed record Entry(string[] Words, bool Exact, T Value);

    readonly Dictionary<string, List<Entry>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, List<Entry>>.AlternateLookup<ReadOnlySpan<char>> lookup;

    bool onlyCapitalised = true;

    public CasedPhraseMatcher() => lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public CasedPhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases) : this()
    {
        foreach (var (phrase, value) in phrases) Add(phrase, value);
    }

    public void Add(string phrase, T value)
    {
        var words = WordSpans.Of(phrase.Replace('’', '\''));
        if (words.Count == 0) throw new ArgumentException($"'{phrase}' has no words", nameof(phrase));
        var entry = new Entry(Enumerable.Range(0, words.Count).Select(i => words.Word(i).ToString()).ToArray(),
            phrase.Any(char.IsUpper), value);
        onlyCapitalised &= char.IsUpper(entry.Words[0][0]);
        if (!byFirstWord.TryGetValue(entry.Words[0], out var list)) byFirstWord[entry.Words[0]] = list = [];
        list.Add(entry);
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The longest phrase that starts at word <paramref name="index"/>, if any.</summary>
    public bool TryMatchAt(WordSpans words, int index, out PhraseHit<T> hit)
    {
        hit = default;
        var word = words.Word(index);
        // Every phrase written with a capital: a word starting in lower case cannot begin one.
        if (onlyCapitalised && !char.IsUpper(word[0])) return false;
        if (!TryEntries(word, out var entries)) return false;
        foreach (var e in entries)
        {
            if (index + e.Words.Length > words.Count) continue;
            var possessive = false;
            var ok = true;
            for (var k = 0; k < e.Words.Length && ok; k++)
            {
                var last = k == e.Words.Length - 1;
                ok = Same(words.Word(index + k), e.Words[k], e.Exact, allowPossessive: last);
                if (ok && last) possessive = words.Word(index + k).Length > e.Words[k].Length;
            }
            if (!ok) continue;
            var end = index + e.Words.Length;
            hit = new PhraseHit<T>(index, end, new TextSpan(words[index].Start, words[end - 1].End), e.Value, possessive);
            return true;
        }
        return false;
    }

    /// <summary>All non-overlapping longest phrases among words [from, to), left to right.</summary>
    public List<PhraseHit<T>> FindAll(WordSpans words, int from = 0, int to = -1)
    {
        if (to < 0 || to > words.Count) to = words.Count;
        var hits = new List<PhraseHit<T>>();
        for (var i = from; i < to; i++)
            if (TryMatchAt(words, i, out var hit) && hit.EndWord <= to)
            {
                hits.Add(hit);
                i = hit.EndWord - 1;
            }
        return hits;
    }

    /// <summary>The phrases listed under a text word, or under it without a possessive 's ("Russia's").</summary>
    bool TryEntries(ReadOnlySpan<char> word, out List<Entry> entries)
    {
        if (word.Contains('’')) word = word.ToString().Replace('’', '\'');
        return lookup.TryGetValue(word, out entries!) || EndsPossessive(word) && lookup.TryGetValue(word[..^2], out entries!);
    }

    static bool EndsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’';

    internal static bool Same(ReadOnlySpan<char> text, string phrase, bool exact, bool allowPossessive)
    {
        if (allowPossessive && text.Length == phrase.Length + 2 && EndsPossessive(text)) text = text[..^2];
        if (text.Length != phrase.Length) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var a = text[i] == '’' ? '\'' : text[i];
            var b = phrase[i];
            if (a == b) continue;
            if (exact || char.ToLowerInvariant(a) != char.ToLowerInvariant(b)) return false;
        }
        return true;
    }
}
