using System.Text.RegularExpressions;
using Raidlog.Languages;

namespace Raidlog.Cleaning;

/// <summary>What a matching noise rule does to its line (see languages/en/noise.tsv).</summary>
public enum NoiseAction { Cut, Line, Teaser, Caption }

/// <summary>
/// A language's page-noise rules, grouped by action. Rules anchored at the line start (most of them) are
/// joined into one "^(?:a|b|…)" regex per action, which .NET rejects after looking at the first
/// characters; the few unanchored rules keep their own regexes (one big alternation would try every rule
/// at every position). For captions, the match start tells where the caption's words end and the credit begins.
/// </summary>
public sealed class NoiseRules
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    readonly Dictionary<NoiseAction, Regex[]> _byAction;

    public NoiseRules(IEnumerable<DataRow> rows)
    {
        var anchored = new Dictionary<NoiseAction, List<string>>();
        var floating = new Dictionary<NoiseAction, List<Regex>>();
        foreach (var row in rows)
        {
            var action = row.Enum<NoiseAction>(1);
            var isAnchored = row[2].StartsWith('^');
            Regex regex;
            // An anchored rule is only checked here (it runs inside its action's joined regex): no need to compile it.
            try { regex = new Regex(row[2], isAnchored ? Options & ~RegexOptions.Compiled : Options); }
            catch (ArgumentException e) { throw row.Fail($"rule {row[0]}: bad regex: {e.Message}"); }
            if (isAnchored) Add(anchored, action, row[2][1..]);
            else Add(floating, action, regex);
        }
        _byAction = Enum.GetValues<NoiseAction>().ToDictionary(a => a, a =>
            (anchored.TryGetValue(a, out var starts) ? [new Regex($"^(?:{string.Join("|", starts.Select(x => $"(?:{x})"))})", Options)] : Array.Empty<Regex>())
            .Concat(floating.TryGetValue(a, out var rest) ? rest : []).ToArray());
    }

    static void Add<T>(Dictionary<NoiseAction, List<T>> map, NoiseAction action, T item) =>
        (map.TryGetValue(action, out var list) ? list : map[action] = []).Add(item);

    public static NoiseRules For(string language) => new(LanguageData.ReadTable(language, "noise.tsv", 3, 3));

    /// <summary>The first rule of the action that matches the line (a span: no copy of the line is needed).</summary>
    public bool TryMatch(NoiseAction action, ReadOnlySpan<char> line, out ValueMatch match)
    {
        foreach (var regex in _byAction[action])
            foreach (var m in regex.EnumerateMatches(line))
            {
                match = m;
                return true;
            }
        match = default;
        return false;
    }

    /// <summary>The first rule of the action that matches the line, or an unsuccessful match.</summary>
    public Match Match(NoiseAction action, string line)
    {
        foreach (var regex in _byAction[action])
            if (regex.Match(line) is { Success: true } m) return m;
        return System.Text.RegularExpressions.Match.Empty;
    }
}
