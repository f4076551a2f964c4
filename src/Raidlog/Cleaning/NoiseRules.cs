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
    readonly Dictionary<NoiseAction, Rules> _byAction;

    /// <summary>One action's rules in order: the joined anchored rules, then the unanchored ones. AnyFloating is the
    /// unanchored ones as one alternation, which matches a line exactly when one of them does: a line that none of
    /// them matches (nearly every line) costs one scan, not one per rule.</summary>
    sealed record Rules(Regex[] All, int FirstFloating, Regex? AnyFloating);

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
        {
            Regex[] joined = anchored.TryGetValue(a, out var starts) ? [new Regex($"^(?:{string.Join("|", starts.Select(x => $"(?:{x})"))})", Options)] : [];
            var rest = floating.TryGetValue(a, out var f) ? f : [];
            var any = rest.Count > 1 ? new Regex(string.Join("|", rest.Select(r => $"(?:{r})")), Options) : null;
            return new Rules([.. joined, .. rest], joined.Length, any);
        });
    }

    static void Add<T>(Dictionary<NoiseAction, List<T>> map, NoiseAction action, T item) =>
        (map.TryGetValue(action, out var list) ? list : map[action] = []).Add(item);

    public static NoiseRules For(string language) => new(LanguageData.ReadTable(language, "noise.tsv", 3, 3));

    /// <summary>The first rule of the action that matches the line (a span: no copy of the line is needed).</summary>
    public bool TryMatch(NoiseAction action, ReadOnlySpan<char> line, out ValueMatch match)
    {
        var rules = _byAction[action];
        for (var i = 0; i < rules.All.Length; i++)
        {
            if (i == rules.FirstFloating && rules.AnyFloating is { } any && !any.IsMatch(line)) break;
            foreach (var m in rules.All[i].EnumerateMatches(line))
            {
                match = m;
                return true;
            }
        }
        match = default;
        return false;
    }

    /// <summary>The first rule of the action that matches the line, or an unsuccessful match.</summary>
    public Match Match(NoiseAction action, string line)
    {
        foreach (var regex in _byAction[action].All)
            if (regex.Match(line) is { Success: true } m) return m;
        return System.Text.RegularExpressions.Match.Empty;
    }
}
