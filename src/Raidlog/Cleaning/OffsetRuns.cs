namespace Raidlog.Cleaning;

/// <summary>
/// A clean-to-original offset map stored as runs: from clean index Start on, characters come from the original
/// at From, From+1, … (Step 1), or all map to From (Step 0: characters the cleaner inserted). The last run maps
/// the end of the text. Lookup is a binary search over the runs.
/// </summary>
sealed class OffsetRuns
{
    readonly List<(int Start, int From, int Step)> _runs = [];

    /// <summary>Clean characters [at, at+length) come from original [from, from+length).</summary>
    public void Copied(int at, int from, int length)
    {
        if (length <= 0) return;
        if (_runs.Count > 0 && _runs[^1] is { Step: 1 } last && last.From + (at - last.Start) == from) return; // continues the last run
        _runs.Add((at, from, 1));
    }

    /// <summary>The clean character at <paramref name="at"/> was inserted at original position <paramref name="from"/>.</summary>
    public void Inserted(int at, int from) => _runs.Add((at, from, 0));

    public int ToOriginal(int index)
    {
        int lo = 0, hi = _runs.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (_runs[mid].Start <= index) lo = mid; else hi = mid - 1;
        }
        var (start, from, step) = _runs[lo];
        return from + (index - start) * step;
    }
}
