namespace Raidlog.Recognition;

/// <summary>A lexicon match in a sentence: tokens [Start, End) and what the lexicon says about them.</summary>
public readonly record struct Mention<T>(int Start, int End, T Value);
