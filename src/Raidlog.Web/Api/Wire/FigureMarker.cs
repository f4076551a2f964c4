using System.Globalization;
using System.Text.RegularExpressions;

namespace Raidlog.Web.Api.Wire;

/// <summary>
/// Finds where a sentence states a figure, so the dashboard can highlight it: the first standalone
/// number ("8", "1,200") equal to the value. Figures written in words are left unmarked.
/// </summary>
static partial class FigureMarker
{
    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?![\d])")]
    private static partial Regex Number();

    public static MarkItem? Find(string sentence, int? value)
    {
        if (value is not { } v) return null;
        foreach (Match m in Number().Matches(sentence))
            if (int.TryParse(m.Value.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n == v)
                return new MarkItem(m.Index, m.Index + m.Length);
        return null;
    }
}
