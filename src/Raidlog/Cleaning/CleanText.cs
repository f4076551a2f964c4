using Raidlog.Text;

namespace Raidlog.Cleaning;

/// <summary>
/// Article text with page noise removed, and the way back: every index into <see cref="Text"/>
/// maps to an index into the original, so evidence spans stay true to the text as read.
/// </summary>
public sealed class CleanText
{
    readonly int[]? _toOriginal;
    readonly OffsetRuns? _runs;

    public CleanText(string text, int[]? toOriginal)
    {
        if (toOriginal != null && toOriginal.Length != text.Length + 1)
            throw new ArgumentException("the offset map needs one entry per character plus the end", nameof(toOriginal));
        Text = text;
        _toOriginal = toOriginal;
    }

    /// <summary>The map as runs of kept characters (<see cref="CleanTextBuilder"/>): a few entries per line instead of one per character.</summary>
    internal CleanText(string text, OffsetRuns runs)
    {
        Text = text;
        _runs = runs;
    }

    public static CleanText Unchanged(string text) => new(text, (int[]?)null);

    public string Text { get; }

    public int ToOriginal(int index) => _runs?.ToOriginal(index) ?? _toOriginal?[index] ?? index;

    public TextSpan ToOriginal(TextSpan span) =>
        span.Length == 0 ? new(ToOriginal(span.Start), ToOriginal(span.Start))
                         : new(ToOriginal(span.Start), ToOriginal(span.End - 1) + 1);
}
