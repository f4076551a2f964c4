using System.Globalization;
using System.Text;

namespace Raidlog.Evaluation;

/// <summary>score.py's norm(): folds accents, case, punctuation, region words and common old spellings.</summary>
public static class PlaceNames
{
    static readonly HashSet<string> DropWords = ["oblast", "region", "city", "krai", "republic", "of", "governorate",
        "province", "district", "raion", "the", "autonomous", "okrug", "federal"];

    static readonly Dictionary<string, string> Aliases = new()
    {
        ["kiev"] = "kyiv", ["kharkov"] = "kharkiv", ["odessa"] = "odesa", ["zaporozhye"] = "zaporizhzhia",
        ["zaporizhia"] = "zaporizhzhia", ["zaporozhzhia"] = "zaporizhzhia", ["dnepr"] = "dnipro",
        ["dnipropetrovsk"] = "dnipropetrovsk", ["nikolaev"] = "mykolaiv", ["nikolayev"] = "mykolaiv",
        ["lvov"] = "lviv", ["chernigov"] = "chernihiv", ["sumy"] = "sumy", ["kherson"] = "kherson",
        ["rovno"] = "rivne", ["lugansk"] = "luhansk", ["krivoy rog"] = "kryvyi rih", ["kryvyy rih"] = "kryvyi rih",
        ["grayvoron"] = "graivoron", ["graivoron"] = "graivoron", ["hraivoron"] = "graivoron",
        ["sevastopol"] = "sevastopol", ["sebastopol"] = "sevastopol", ["bryansk"] = "bryansk",
        ["moskva"] = "moscow", ["moscow"] = "moscow", ["tel aviv yafo"] = "tel aviv", ["tel avivyafo"] = "tel aviv",
    };

    // NFKD without its combining marks, per character: the runtime has no ICU, so the table is data.
    static readonly IReadOnlyDictionary<char, string> Folding = Raidlog.Languages.LanguageData.CompatibilityFolding;

    public static string? Norm(string? name)
    {
        if (string.IsNullOrEmpty(name)) return null;
        var sb = new StringBuilder();
        foreach (var c in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (Folding.TryGetValue(c, out var folded)) foreach (var f in folded) sb.Append(char.ToLowerInvariant(f));
            else sb.Append(char.ToLowerInvariant(c));
        }
        var s = sb.ToString().Replace("'", "").Replace("\u2019", "").Replace("-", " ");
        // [^a-z0-9\u0400-\u04ff ]+ -> " "
        var kept = new StringBuilder(s.Length);
        foreach (var c in s)
            kept.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= '\u0400' and <= '\u04ff' or ' ' ? c : ' ');
        var words = kept.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => !DropWords.Contains(w));
        var joined = string.Join(' ', words);
        joined = Aliases.GetValueOrDefault(joined, joined);
        return joined.Length == 0 ? null : joined;
    }
}
