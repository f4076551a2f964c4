using System.Text.RegularExpressions;
using Raidlog.Text;

namespace Raidlog.Recognition.Times;

/// <summary>What a date is counted from: the publication date, and the previous dated mention ("the next day").</summary>
readonly record struct DateContext(DateOnly? Anchor, DateOnly? Previous);

/// <summary>A stretch of text one rule read as a time, and how to turn it into a date once its context is known.</summary>
sealed record DateCandidate(TextSpan Span, Func<DateContext, (DateOnly? Date, DateKind Kind)> Resolve);

/// <summary>One named time pattern: a shaped regex ("21 August 2024") or a lexicon walk ("yesterday").</summary>
sealed record DateRule(string Name, Func<string, WordSpans, IEnumerable<DateCandidate>> Find)
{
    public static DateRule FromRegex(string name, Regex pattern, Func<Match, DateContext, (DateOnly?, DateKind)> resolve) =>
        new(name, (text, _) => Matches(pattern, text, resolve));

    static IEnumerable<DateCandidate> Matches(Regex pattern, string text, Func<Match, DateContext, (DateOnly?, DateKind)> resolve)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            var match = m;
            yield return new DateCandidate(new TextSpan(m.Index, m.Index + m.Length), c => resolve(match, c));
        }
    }
}
