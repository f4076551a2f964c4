using System.Globalization;
using System.Text.RegularExpressions;
using Raidlog.Languages;

namespace Raidlog.Articles;

/// <summary>
/// Finds the date a page prints for itself ("date 2024-09-17", "Published: 2023-12-05 10:17",
/// "Published 5 December 2023", "time08-05-2025"), for articles whose metadata has none.
/// The forms are data: languages/{language}/publication-dates.tsv.
/// </summary>
public sealed class PublicationDateFinder
{
    const int SearchWindow = 2000;
    readonly IReadOnlyList<(string Name, Regex Pattern)> _rules;

    public PublicationDateFinder(IEnumerable<DataRow> rows)
    {
        _rules = rows.Select(row =>
        {
            try { return (row[0], new Regex(row[1], RegexOptions.CultureInvariant | RegexOptions.Compiled)); }
            catch (ArgumentException e) { throw row.Fail($"bad regex: {e.Message}"); }
        }).ToList();
    }

    const string File = "publication-dates.tsv";

    public static PublicationDateFinder English => For("en");

    static readonly PerLanguage<PublicationDateFinder> Loaded = new(language => new(
        (language == "en" || !LanguageData.Has(language, File) ? [] : LanguageData.ReadTable(language, File, 2, 2))
        .Concat(LanguageData.ReadTable("en", File, 2, 2)))); // store date lines ("date 2024-09-17") come with the scraper, not the language

    /// <summary>The language's own forms ("Veröffentlicht am 30.05.2023"), then the English ones.</summary>
    public static PublicationDateFinder For(string language) => Loaded.For(language);

    public DateOnly? Find(string text)
    {
        var head = text.Length > SearchWindow ? text[..SearchWindow] : text;
        foreach (var (_, pattern) in _rules)
        {
            var m = pattern.Match(head);
            if (m.Success && ToDate(m) is { } date) return date;
        }
        return null;
    }

    static DateOnly? ToDate(Match m)
    {
        if (!int.TryParse(m.Groups["y"].Value, out var y) || !int.TryParse(m.Groups["d"].Value, out var d)) return null;
        var month = m.Groups["m"].Value;
        if (!int.TryParse(month, out var mo)) mo = MonthByName(month);
        return y is >= 1900 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? new DateOnly(y, mo, d) : null;
    }

    // "Dec", "Sept" and "December" all name December: any prefix of three letters or more.
    static int MonthByName(string name) =>
        name.Length < 3 ? 0 : Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.MonthNames,
            full => full.Length > 0 && full.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;
}
