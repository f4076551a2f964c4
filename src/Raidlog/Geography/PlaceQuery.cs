using System.Text.RegularExpressions;

namespace Raidlog.Geography;

/// <summary>
/// A place name as written, taken apart: the name itself, what level the words around it say
/// ("the Belgorod region" → Region), and an explicit container ("Mykolaiv community in Sumy region").
/// </summary>
sealed partial record PlaceQuery(string Surface, string FullKey, string Core, PlaceLevel Level, string? Within)
{
    public static PlaceQuery Parse(string surface, PlaceWords words)
    {
        var text = Possessive().Replace(surface.Trim(), "");
        string? within = null;
        if (Container().Match(text) is { Success: true } m)
        {
            within = m.Groups["within"].Value;
            text = m.Groups["head"].Value;
        }
        var full = NameKey.Normalize(text);
        var (core, level) = words.Strip(full);
        return new PlaceQuery(surface, full, core, level, within);
    }

    // "Kharkiv's Kyivskyi district" → "Kharkiv Kyivskyi district" (the owner stays as context in the words).
    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex Possessive();

    // "X in (the) Y region", "X, Y region", "X (Y region)", "X of Y region", Russian/Ukrainian "X в Y области" is left to the caller.
    [GeneratedRegex(@"^(?<head>.+?)(?:\s+in\s+(?:the\s+)?|\s*,\s*|\s*\(\s*|\s+of\s+(?:the\s+)?(?=\S+\s+(?:region|oblast|province|governorate|district|raion|rayon)\b))(?<within>[^()]+?)\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Container();
}
