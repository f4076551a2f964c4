using System.Runtime.InteropServices;
using Raidlog.Text;

namespace Raidlog.Recognition.Lexicons;

/// <summary>
/// A LexiconMatcher: finds the longest lexicon phrase starting at a token, by walking a trie of normalised
/// token strings. Phrases are tokenised with the same <see cref="Tokenizer"/> as the text.
/// </summary>
public sealed class PhraseMatcher<T>
{
    sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public bool HasValue;
        public T Value = default!;
    }

    readonly Node _root = new();
    readonly FirstWordFilter _firstWords = new(); // most tokens start no phrase: most need no dictionary lookup

    public int Count { get; private set; }

    public void Add(string phrase, T value, TsvRow? row = null)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0) throw (Exception?)row?.Error("empty phrase") ?? new ArgumentException("empty phrase");
        _firstWords.Add(tokens[0].Norm);
        var node = _root;
        foreach (var t in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(t.Norm, out var child)) node.Next[t.Norm] = child = new Node();
            node = child;
        }
        if (!node.HasValue) Count++;
        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>The longest phrase starting at tokens[start]: its length in tokens and its value.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int start, out int length, out T value) =>
        // Sentences hold their tokens in a List: read it as a span, not through the interface, once per token.
        tokens is List<Token> list ? TryMatch(CollectionsMarshal.AsSpan(list), start, out length, out value)
            : TryMatch(tokens.ToArray(), start, out length, out value);

    public bool TryMatch(ReadOnlySpan<Token> tokens, int start, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (start >= tokens.Length || !_firstWords.MayStart(tokens[start].Norm)) return false;
        var node = _root;
        for (int i = start; i < tokens.Length && node.Next != null && node.Next.TryGetValue(tokens[i].Norm, out var child); i++)
        {
            node = child;
            if (node.HasValue) { length = i - start + 1; value = node.Value; }
        }
        return length > 0;
    }

    /// <summary>All non-overlapping longest matches, left to right.</summary>
    public IEnumerable<(int Start, int Length, T Value)> FindAll(IReadOnlyList<Token> tokens)
    {
        for (int i = 0; i < tokens.Count; i++)
            if (TryMatch(tokens, i, out var len, out var v)) { yield return (i, len, v); i += len - 1; }
    }

    public bool Contains(string phrase) =>
        TryMatch(Tokenizer.Tokenize(phrase), 0, out var len, out _) && len == Tokenizer.Tokenize(phrase).Count;
}
