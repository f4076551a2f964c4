namespace Raidlog.Cleaning;

/// <summary>A line of the original: [Start, End) is its text, [End, Next) its line break ("\n", "\r\n" or none).</summary>
public readonly record struct Line(int Start, int End, int Next);

public static class LineSplitter
{
    public static List<Line> Split(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            if (nl < 0) { lines.Add(new(start, text.Length, text.Length)); break; }
            var end = nl > start && text[nl - 1] == '\r' ? nl - 1 : nl;
            lines.Add(new(start, end, nl + 1));
            start = nl + 1;
        }
        return lines;
    }
}
