using System.Text.RegularExpressions;
using Raidlog.Languages;

namespace Raidlog.Cleaning;

/// <summary>What a matching noise rule does to its line (see languages/en/noise.tsv).</summary>
public enum NoiseAction { Cut, Line, Teaser, Caption }

/// <summary>
/// A language's page-noise rules, one combined regex per action so each line is tested once per action.
/// For captions, the match start tells where the caption's own words end and the credit begins.
/// </summary>
public sealed class NoiseRules
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    readonly Dictionary<NoiseAction, Regex> _byAction;

    public NoiseRules(IEnumerable<DataRow> rows)
    {
        var patterns = new Dictionary<NoiseAction, List<string>>();
        foreach (var row in rows)
        {
            var action = row.Enum<NoiseAction>(1);
            try { _ = new Regex(row[2], Options); }
            catch (ArgumentException e) { throw row.Fail($"rule {row[0]}: bad regex: {e.Message}"); }
            (patterns.TryGetValue(action, out var list) ? list : patterns[action] = []).Add(row[2]);
        }
        _byAction = patterns.ToDictionary(p => p.Key, p => new Regex(string.Join("|", p.Value.Select(x => $"(?:{x})")), Options));
    }

    public static NoiseRules For(string language) => new(LanguageData.ReadTable(language, "noise.tsv", 3, 3));

    public Match Match(NoiseAction action, string line) =>
        _byAction.TryGetValue(action, out var regex) ? regex.Match(line) : System.Text.RegularExpressions.Match.Empty;
}
