namespace Raidlog.Recognition;

/// <summary>A lexicon match in a sentence: tokens [Start, End) and what the lexicon says about them.</summary>
public readonly record struct Mention<T>(int Start, int End, T Value);

/// <summary>Lookups by token position that the assembler makes for every token of every sentence: plain loops, so no
/// delegate is allocated per call as a capturing lambda would.</summary>
public static class MentionLists
{
    /// <summary>The first mention that starts at token <paramref name="start"/>, or default (End 0) when none does.</summary>
    public static Mention<T> StartingAt<T>(this List<Mention<T>> mentions, int start)
    {
        foreach (var m in mentions)
            if (m.Start == start) return m;
        return default;
    }

    /// <summary>Whether a mention starts at token <paramref name="start"/>.</summary>
    public static bool AnyStartsAt<T>(this List<Mention<T>> mentions, int start)
    {
        foreach (var m in mentions)
            if (m.Start == start) return true;
        return false;
    }
}
