namespace Raidlog.Text;

/// <summary>A lexicon phrase found at words [FirstWord, EndWord) of a <see cref="WordSpans"/>.</summary>
public readonly record struct PhraseHit<T>(int FirstWord, int EndWord, TextSpan Span, T Value, bool Possessive);

/// <summary>
/// Finds lexicon phrases in text word by word, walking a trie of words (one dictionary lookup per word, so a
/// common first word like "the" costs one more lookup, not a scan of every phrase that starts with it).
/// Case follows the data: a phrase written in lower case matches any case ("yesterday", "defence ministry");
/// a phrase with a capital matches as written ("US" is not "us", "Sun" is not "sun"). ’ counts as ', and a
/// possessive 's after the last word still matches ("Russia's").
/// </summary>
public sealed class CasedPhraseMatcher<T>
{
    sealed record Entry(string[] Words, bool Exact, T Value);

    sealed class Node
    {
        Dictionary<string, Node>? next;
        Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> lookup;
        public List<Entry>? Entries;

        public Node Child(string word)
        {
            if (next is null)
            {
                next = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                lookup = next.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!next.TryGetValue(word, out var child)) next[word] = child = new Node();
            return child;
        }

        public Node? Find(ReadOnlySpan<char> word) => next is not null && lookup.TryGetValue(word, out var child) ? child : null;
    }

    readonly Node root = new();
    readonly FirstWordFilter firstWords = new();
    bool onlyCapitalised = true;

    public CasedPhraseMatcher() { }

    public CasedPhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases) Add(phrase, value);
    }

    public void Add(string phrase, T value)
    {
        var words = WordSpans.Of(phrase.Replace('’', '\''));
        if (words.Count == 0) throw new ArgumentException($"'{phrase}' has no words", nameof(phrase));
        var entry = new Entry(Enumerable.Range(0, words.Count).Select(i => words.Word(i).ToString()).ToArray(), phrase.Any(char.IsUpper), value);
        firstWords.Add(entry.Words[0]);
        var node = root;
        foreach (var word in entry.Words) node = node.Child(word);
        (node.Entries ??= []).Add(entry);
        onlyCapitalised &= char.IsUpper(entry.Words[0][0]);
    }

    /// <summary>The longest phrase that starts at word <paramref name="index"/>, if any.</summary>
    public bool TryMatchAt(WordSpans words, int index, out PhraseHit<T> hit)
    {
        hit = default;
        // Every phrase written with a capital: a word starting in lower case cannot begin one.
        var first = words.Word(index);
        if (onlyCapitalised && !char.IsUpper(first[0])) return false;
        if (!firstWords.MayStart(first, possessive: EndsPossessive(first))) return false;
        var found = false;
        var node = root;
        for (var i = index; i < words.Count; i++)
        {
            var word = Apostrophes(words.Word(i));
            var child = node.Find(word);
            var possessive = false;
            if (child is null && EndsPossessive(word))
            {
                child = node.Find(word[..^2]);
                possessive = true;
            }
            if (child is null) break;
            if (child.Entries is not null && Accept(child.Entries, words, index, i + 1) is { } entry)
            {
                hit = new PhraseHit<T>(index, i + 1, new TextSpan(words[index].Start, words[i].End), entry.Value, possessive);
                found = true;
            }
            if (possessive) break;
            node = child;
        }
        return found;
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

    /// <summary>The first entry ending here whose case rule the text obeys (all do, unless written with capitals).</summary>
    static Entry? Accept(List<Entry> entries, WordSpans words, int first, int end)
    {
        foreach (var e in entries)
        {
            if (!e.Exact) return e;
            var same = true;
            for (var k = 0; k < e.Words.Length && same; k++)
                same = Same(words.Word(first + k), e.Words[k], exact: true, allowPossessive: first + k == end - 1);
            if (same) return e;
        }
        return null;
    }

    static ReadOnlySpan<char> Apostrophes(ReadOnlySpan<char> word) =>
        word.Contains('’') ? word.ToString().Replace('’', '\'') : word;

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
