namespace Raidlog.Recognition.Lexicons;

/// <summary>
/// The small words that tie a number to what it counts, its verb and its place (languages/XX/frame-words.tsv),
/// by role: "modifier", "auxiliary", "preposition", "clause", "anaphora", ... The roles are listed in the file.
/// </summary>
public sealed class FrameWords
{
    readonly Dictionary<string, HashSet<string>> _byRole = new(StringComparer.Ordinal);

    internal void Add(string word, string role)
    {
        if (!_byRole.TryGetValue(role, out var set)) _byRole[role] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(word);
    }

    /// <summary>True when <paramref name="word"/> (a token's normalised form) plays <paramref name="role"/>.</summary>
    public bool Is(string word, string role) => _byRole.TryGetValue(role, out var set) && set.Contains(word);
}
