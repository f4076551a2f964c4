using Raidlog.Recognition.Numbers;
using Raidlog.Text;

namespace Raidlog.Incidents.Assembly;

/// <summary>
/// TEMPORARY crude date finder until Recognition/Times lands: "yesterday", weekdays and "Month D" / "D Month"
/// relative to the publication date; null when the sentence fixes no date.
/// </summary>
static class PlaceholderDates
{
    static readonly string[] Days = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateOnly? Find(IReadOnlyList<Token> tokens, DateOnly? published)
    {
        if (published is not { } pub) return null;
        for (int i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Norm;
            if (w == "yesterday") return pub.AddDays(-1);
            int day = Array.IndexOf(Days, w);
            if (day >= 0)
            {
                int back = ((int)pub.DayOfWeek - day + 7) % 7;
                return pub.AddDays(-back);
            }
            if (NumberParser.IsMonth(w) && !(w == "may" && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)))
            {
                int month = Array.IndexOf(MonthNames, w[..3]) + 1;
                int? d = DayAt(tokens, i + 1) ?? (i > 0 && tokens[i - 1].Norm == "of" ? DayAt(tokens, i - 2) : DayAt(tokens, i - 1));
                if (d is not { } dd) continue;
                int year = pub.Year;
                if (i + 2 < tokens.Count && tokens[i + 2].Norm == "," && i + 3 < tokens.Count && int.TryParse(tokens[i + 3].Norm, out var y) && y > 1990) year = y;
                else if (i + 2 < tokens.Count && int.TryParse(tokens[i + 2].Norm, out var y2) && y2 > 1990 && y2 < 2100) year = y2;
                if (dd > DateTime.DaysInMonth(year, month)) continue;
                var date = new DateOnly(year, month, dd);
                if (date > pub.AddDays(2) && year == pub.Year) date = date.AddYears(-1);
                return date;
            }
        }
        return null;
    }

    static int? DayAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].Kind != TokenKind.Number) return null;
        var digits = new string(tokens[i].Norm.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, out var d) && d is >= 1 and <= 31 ? d : null;
    }
}
