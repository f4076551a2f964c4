using System.Text.RegularExpressions;
using Raidlog.Languages;
using Raidlog.Text;

namespace Raidlog.Recognition.Times;

enum RelativeBasis { Publication, Previous, None }

/// <param name="DaysBeforeClause">Days when a clause follows ("a day after rockets hit..."), if that reads differently.</param>
sealed record RelativeDay(RelativeBasis Basis, int Days, int? DaysBeforeClause = null);

/// <summary>A language's words for months, weekdays and relative days, loaded from languages/{lang}/*.tsv.</summary>
sealed class DateLexicon
{
    public required IReadOnlyDictionary<string, int> Months { get; init; }
    public required IReadOnlySet<string> MonthNames { get; init; }
    public required IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; init; }
    public required IReadOnlyDictionary<string, RelativeDay> RelativeDays { get; init; }
    public required IReadOnlySet<string> WeekdayModifiers { get; init; }
    public required IReadOnlySet<string> MonthLeads { get; init; }
    public required IReadOnlySet<string> SpeechVerbs { get; init; }
    public required IReadOnlySet<string> FutureWords { get; init; }
    public required IReadOnlySet<string> DayLeads { get; init; }
    public required CasedPhraseMatcher<DayOfWeek> WeekdayMatcher { get; init; }
    public required CasedPhraseMatcher<RelativeDay> RelativeMatcher { get; init; }
    public required CasedPhraseMatcher<int> MonthNameMatcher { get; init; }

    public static DateLexicon Load(string language)
    {
        var months = new Dictionary<string, int>();
        var names = new HashSet<string>();
        foreach (var row in LanguageData.ReadTable(language, "months.tsv", 3, 3))
        {
            var month = row.Int(1);
            if (month is < 1 or > 12) throw row.Fail($"month {month} is not 1-12");
            months[row[0]] = month;
            if (row[2] == "name") names.Add(row[0]);
            else if (row[2] != "abbreviation") throw row.Fail($"form '{row[2]}' is not name or abbreviation");
        }
        var weekdays = LanguageData.ReadTable(language, "weekdays.tsv", 2, 2).ToDictionary(r => r[0], r => r.Enum<DayOfWeek>(1));
        var relative = new Dictionary<string, RelativeDay>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in LanguageData.ReadTable(language, "relative-days.tsv", 3, 4))
        {
            var day = new RelativeDay(row.Enum<RelativeBasis>(1), row.Int(2), row.Cells.Length > 3 ? row.Int(3) : null);
            if (day.Basis == RelativeBasis.None && day.Days != 0) throw row.Fail("a phrase that fixes no day must have 0 days");
            if (!relative.TryAdd(row[0], day)) throw row.Fail($"'{row[0]}' is listed twice");
        }
        var context = LanguageData.ReadTable(language, "date-words.tsv", 2, 2);
        foreach (var row in context.Where(r => r[1] is not ("weekday-modifier" or "month-lead" or "speech-verb" or "future" or "day-lead")))
            throw row.Fail($"role '{row[1]}' is not weekday-modifier, month-lead, speech-verb, future or day-lead");
        HashSet<string> Role(string role) =>
            new(context.Where(r => r[1] == role).Select(r => r[0]), StringComparer.OrdinalIgnoreCase);

        return new DateLexicon
        {
            Months = months, MonthNames = names, Weekdays = weekdays, RelativeDays = relative,
            WeekdayModifiers = Role("weekday-modifier"), MonthLeads = Role("month-lead"), SpeechVerbs = Role("speech-verb"),
            FutureWords = Role("future"), DayLeads = Role("day-lead"),
            WeekdayMatcher = new(weekdays.Select(w => (w.Key, w.Value))),
            RelativeMatcher = new(relative.Select(r => (r.Key, r.Value))),
            MonthNameMatcher = new(names.Select(n => (n, months[n]))),
        };
    }

    /// <summary>An alternation of the phrases, longest first so "the day before yesterday" beats "the day before".</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        string.Join("|", phrases.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+")));
}
