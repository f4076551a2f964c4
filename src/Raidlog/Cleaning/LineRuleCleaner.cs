using System.Text.RegularExpressions;

namespace Raidlog.Cleaning;

/// <summary>
/// Removes page noise line by line (a line is a paragraph in scraped text): data rules from
/// languages/{lang}/noise.tsv cut prefixes, drop furniture lines, teasers and captions; the engine itself
/// drops repeated paragraphs and repeated captions, and splits sentences glued together ("power.Russia").
/// Removal is conservative on purpose: a dropped real sentence loses recall, a kept noise line rarely costs.
/// </summary>
public sealed partial class LineRuleCleaner(NoiseRules rules) : ITextCleaner
{
    const int MaxFurnitureLine = 300;
    const int MaxCaptionLine = 600;
    const int MinRepeatedLine = 25;
    const int MaxTeaserLines = 6;

    public CleanText Clean(string original)
    {
        var lines = LineSplitter.Split(original);
        var verdicts = Classify(original, lines);
        var output = new CleanTextBuilder(original);
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, verdict) = (lines[i], verdicts[i]);
            if (verdict.Drop)
            {
                output.Skip();
                continue;
            }
            KeepWithGlueSpaces(original, line.Start + verdict.CutPrefix, line.End, output);
            if (verdict.CutPrefix > 0) output.Skip();
            output.Keep(line.End, line.Next);
        }
        return output.Build();
    }

    readonly record struct Verdict(bool Drop, int CutPrefix);

    Verdict[] Classify(string text, IReadOnlyList<Line> lines)
    {
        var verdicts = new Verdict[lines.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var captions = new List<string>();
        var teaserLeft = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            // the line as a span of the text: read in place, no copy per line
            var raw = text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start);
            var cut = CutLength(raw);
            var body = raw[cut..].Trim();
            if (body.Length == 0)
            {
                verdicts[i] = new(cut > 0 && !raw.IsWhiteSpace(), cut);
                continue;
            }
            if (teaserLeft > 0)
            {
                if (IsBullet(body) || IsHeadlineLike(body)) { verdicts[i] = new(true, 0); teaserLeft--; continue; }
                teaserLeft = 0;
            }
            var drop = false;
            if (body.Length <= MaxFurnitureLine && rules.TryMatch(NoiseAction.Teaser, body, out _)) { drop = true; teaserLeft = MaxTeaserLines; }
            else if (body.Length <= MaxFurnitureLine && rules.TryMatch(NoiseAction.Line, body, out _)) drop = true;
            else if (body.Length <= MaxCaptionLine && rules.TryMatch(NoiseAction.Caption, body, out var caption))
            {
                drop = true;
                if (Normalize(body[..caption.Index]) is { Length: >= MinRepeatedLine } words) captions.Add(words);
            }
            else if (Normalize(body) is { Length: >= MinRepeatedLine } words && !seen.Add(words)) drop = true;
            verdicts[i] = new(drop, cut);
        }
        DropCaptionRepeats(text, lines, verdicts, captions);
        return verdicts;
    }

    // Captions are often printed twice: once with the credit, once without (before or after it).
    static void DropCaptionRepeats(string text, IReadOnlyList<Line> lines, Verdict[] verdicts, List<string> captions)
    {
        if (captions.Count == 0) return;
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i].Drop) continue;
            var words = Normalize(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start));
            if (words.Length >= MinRepeatedLine && captions.Any(c => c.StartsWith(words, StringComparison.Ordinal)))
                verdicts[i] = verdicts[i] with { Drop = true };
        }
    }

    int CutLength(ReadOnlySpan<char> raw)
    {
        var lead = raw.Length - raw.TrimStart().Length;
        var cut = lead;
        for (var pass = 0; pass < 3; pass++)
        {
            if (!rules.TryMatch(NoiseAction.Cut, raw[cut..], out var m) || m.Length == 0) break;
            cut += m.Index + m.Length;
        }
        return cut == lead ? 0 : cut;
    }

    static bool IsBullet(ReadOnlySpan<char> line) => line.Length > 1 && line[0] is '-' or '•' or '*' or '–' && char.IsWhiteSpace(line[1]);

    // A headline or a truncated teaser: short, and not a finished sentence.
    static bool IsHeadlineLike(ReadOnlySpan<char> line) =>
        line.Length <= MaxFurnitureLine && (line.EndsWith("...", StringComparison.CurrentCulture) || line.EndsWith('…') || !EndsSentence().IsMatch(line));

    // Runs of white space collapse to one space, so a re-wrapped repeat still counts as a repeat.
    static string Normalize(ReadOnlySpan<char> s)
    {
        var span = s.Trim();
        var buffer = span.Length <= 1024 ? stackalloc char[span.Length] : new char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c)) { if (buffer[n - 1] != ' ') buffer[n++] = ' '; }
            else buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    // "lost power.Russia launched": a space is inserted, mapped to the boundary, so sentences split.
    static void KeepWithGlueSpaces(string text, int start, int end, CleanTextBuilder output)
    {
        var from = start;
        // matched in place: the line is not copied, and no Match object is made for it
        foreach (var m in GluedSentence().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var at = start + m.Index + m.Length;
            output.Keep(from, at);
            output.Insert(' ', at);
            from = at;
        }
        output.Keep(from, end);
    }

    [GeneratedRegex(@"[.!?][""”’')\]]?$")]
    private static partial Regex EndsSentence();

    // Two lower-case letters, a full stop, then a capitalised word: not "U.S.", "Mr.", "tass.com" or "3.5".
    [GeneratedRegex(@"(?<=\p{Ll}\p{Ll})[.!?](?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedSentence();
}
