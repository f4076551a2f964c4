namespace Raidlog.Recognition.Lexicons;

/// <summary>
/// The small words that tie a number to what it counts, its verb and its place (languages/XX/frame-words.tsv),
/// by role: "modifier", "auxiliary", "preposition", "clause", "anaphora", ... The roles are listed in the file.
/// </summary>
public sealed class FrameWords
{
    readonly Dictionary<string, HashSet<string>> _byRole = new(StringComparer.Ordinal);
    // The same sets by the role string's identity: the engines name roles with literals, which are interned, so the
    // lookup made for nearly every token of every sentence need not hash the role's characters.
    readonly Dictionary<string, HashSet<string>> _byInternedRole = new(ReferenceEqualityComparer.Instance);

    internal void Add(string word, string role)
    {
        role = string.Intern(role);
        if (!_byRole.TryGetValue(role, out var set)) _byRole[role] = _byInternedRole[role] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(word);
    }

    /// <summary>True when <paramref name="word"/> (a token's normalised form) plays <paramref name="role"/>.</summary>
    public bool Is(string word, string role) =>
        (_byInternedRole.TryGetValue(role, out var set) || _byRole.TryGetValue(role, out set)) && set.Contains(word);
}
