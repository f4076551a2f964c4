using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Raidlog.Tests.Geography;

/// <summary>Place and region names compared as ../shared/eval/score.py does (its norm(): accents, case, Oblast/Region/... ignored).</summary>
static partial class ScorerNames
{
    static readonly HashSet<string> Drop = ["oblast", "region", "city", "krai", "republic", "of", "governorate",
        "province", "district", "raion", "the", "autonomous", "okrug", "federal"];
    static readonly Dictionary<string, string> Aliases = new()
    {
        ["kiev"] = "kyiv", ["kharkov"] = "kharkiv", ["odessa"] = "odesa", ["zaporozhye"] = "zaporizhzhia",
        ["zaporizhia"] = "zaporizhzhia", ["zaporozhzhia"] = "zaporizhzhia", ["dnepr"] = "dnipro", ["nikolaev"] = "mykolaiv",
        ["nikolayev"] = "mykolaiv", ["lvov"] = "lviv", ["chernigov"] = "chernihiv", ["rovno"] = "rivne", ["lugansk"] = "luhansk",
        ["krivoy rog"] = "kryvyi rih", ["kryvyy rih"] = "kryvyi rih", ["grayvoron"] = "graivoron", ["hraivoron"] = "graivoron",
        ["sebastopol"] = "sevastopol", ["moskva"] = "moscow", ["tel aviv yafo"] = "tel aviv", ["tel avivyafo"] = "tel aviv",
    };

    public static string? Norm(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var s = new string(name.Normalize(NormalizationForm.FormKD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
        s = s.Replace("'", "").Replace("\u2019", "").Replace("-", " ");
        s = NotWordish().Replace(s, " ");
        s = string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Drop.Contains(w)));
        return s.Length == 0 ? null : Aliases.GetValueOrDefault(s, s);
    }

    public static bool Same(string? a, string? b) => Norm(a) == Norm(b);

    [GeneratedRegex("[^a-z0-9\u0400-\u04ff ]+")]
    private static partial Regex NotWordish();
}
