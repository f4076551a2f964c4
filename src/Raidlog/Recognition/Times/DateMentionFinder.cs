using System.Text.RegularExpressions;
using Raidlog.Text;

namespace Raidlog.Recognition.Times;

/// <summary>
/// Finds time expressions in a text and resolves them to calendar days against the publication date.
/// Thread-safe; build once per language (<see cref="English"/>) and reuse.
/// </summary>
public sealed class DateMentionFinder
{
    readonly IReadOnlyList<DateRule> rules;

    DateMentionFinder(IReadOnlyList<DateRule> rules) => this.rules = rules;

    public static DateMentionFinder ForLanguage(string language) => new(DateRules.Build(DateLexicon.Load(language)));

    static readonly Lazy<DateMentionFinder> english = new(() => ForLanguage("en"));
    public static DateMentionFinder English => english.Value;

    /// <summary>
    /// The date mentions of <paramref name="text"/> in text order, without overlaps (the longest match wins, so
    /// "overnight into Monday" is one mention). Spans are UTF-16 offsets into <paramref name="text"/>.
    /// <paramref name="anchor"/> is the publication date; without it only dates that carry a year resolve.
    /// </summary>
    public IReadOnlyList<DateMention> Find(string text, DateOnly? anchor)
    {
        var candidates = new List<(Match Match, int Rule)>();
        for (var r = 0; r < rules.Count; r++)
            for (var m = rules[r].Pattern.Match(text); m.Success; m = m.NextMatch())
                candidates.Add((m, r));
        candidates.Sort((a, b) => a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index)
            : a.Match.Length != b.Match.Length ? b.Match.Length.CompareTo(a.Match.Length) : a.Rule.CompareTo(b.Rule));

        var mentions = new List<DateMention>();
        var covered = 0;
        DateOnly? previous = null;
        foreach (var (match, r) in candidates)
        {
            if (match.Index < covered) continue;
            covered = match.Index + match.Length;
            var (date, kind) = rules[r].Resolve(match, new DateContext(anchor, previous));
            mentions.Add(new DateMention(new TextSpan(match.Index, covered), date, kind, rules[r].Name));
            if (date is not null) previous = date;
        }
        return mentions;
    }
}
