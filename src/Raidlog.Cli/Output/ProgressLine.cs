using System.Diagnostics;

namespace Raidlog.Cli.Output;

/// <summary>
/// A one-line "N reports read" counter on stderr, redrawn at most a few times a second. Only for a person
/// watching: it stays silent when stderr is redirected and for small runs.
/// </summary>
sealed class ProgressLine
{
    const int QuietBelow = 50;
    readonly bool _enabled = !Console.IsErrorRedirected;
    readonly Stopwatch _clock = Stopwatch.StartNew();
    long _lastDrawMs = -1000;
    bool _drawn;

    public void Report(int done, int failed)
    {
        if (!_enabled || done + failed < QuietBelow || _clock.ElapsedMilliseconds - _lastDrawMs < 250) return;
        _lastDrawMs = _clock.ElapsedMilliseconds;
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        Console.Error.Write($"\rraidlog: {done:N0} reports extracted, {failed:N0} failed ({rate:N0}/s)   ");
        _drawn = true;
    }

    /// <summary>Clears the line before a diagnostic or at the end, so messages never mix with it.</summary>
    public void Clear()
    {
        if (!_drawn) return;
        Console.Error.Write("\r" + new string(' ', 72) + "\r");
        _drawn = false;
    }
}
