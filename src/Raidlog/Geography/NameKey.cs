using System.Globalization;
using System.Text;

namespace Raidlog.Geography;

/// <summary>
/// The lookup form of a name: lower case, Latin diacritics and apostrophes dropped, hyphens and dots as
/// spaces, "ё" as "е". Cyrillic letters keep their identity (й, ї stay) so Ukrainian and Russian forms differ.
/// </summary>
public static class NameKey
{
    static readonly string?[] LatinFold = BuildLatinFold();

    public static string Normalize(ReadOnlySpan<char> text) => Normalize(text, keepYo: false);

    /// <summary>With keepYo, "ё" stays, for transliteration (Орёл gives Oryol as well as Orel).</summary>
    public static string Normalize(ReadOnlySpan<char> text, bool keepYo)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false, cyrillic = false, latin = false;
        foreach (var c in text)
        {
            if (c is '\'' or '’' or 'ʼ' or '`' or '´' or '‘' or 'ʻ' or 'ʹ') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                if (c < 128) { sb.Append(char.ToLowerInvariant(c)); latin |= char.IsLetter(c); }
                else if (c is >= '\u0400' and <= '\u04FF') { sb.Append(CyrillicLower(c, keepYo)); cyrillic = true; }
                else if (c < LatinFold.Length && LatinFold[c] is { } folded) { sb.Append(folded); latin = true; }
                else sb.Append(char.ToLowerInvariant(c));
            }
            else space = true;
        }
        return cyrillic && latin ? FixMixedScript(sb.ToString()) : sb.ToString();
    }

    static char CyrillicLower(char c, bool keepYo)
    {
        var lower = char.ToLowerInvariant(c);
        return lower == 'ё' && !keepYo ? 'е' : lower;
    }

    /// <summary>A Latin "c" or "o" typed inside a Cyrillic word: take it as the Cyrillic look-alike.</summary>
    static string FixMixedScript(string key)
    {
        const string latin = "aceopxykmthb", cyr = "асеорхукмтнв";
        var words = key.Split(' ');
        for (int w = 0; w < words.Length; w++)
        {
            if (!words[w].Any(ch => ch is >= '\u0400' and <= '\u04FF')) continue;
            var chars = words[w].ToCharArray();
            for (int i = 0; i < chars.Length; i++)
                if (latin.IndexOf(chars[i]) is var at and >= 0) chars[i] = cyr[at];
            words[w] = new string(chars);
        }
        return string.Join(' ', words);
    }

    static string?[] BuildLatinFold()
    {
        var table = new string?[0x2000];
        for (int c = 128; c < table.Length; c++)
        {
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            var baseChars = new string(decomposed.Where(ch => CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark
                                                               && ch < 128 && char.IsLetter(ch)).ToArray()).ToLowerInvariant();
            if (baseChars.Length > 0) table[c] = baseChars;
        }
        foreach (var (ch, s) in new[] { ('ß', "ss"), ('ø', "o"), ('Ø', "o"), ('æ', "ae"), ('Æ', "ae"), ('ł', "l"), ('Ł', "l"),
                     ('đ', "d"), ('Đ', "d"), ('ı', "i"), ('ǝ', "e"), ('ə', "e"), ('Ə', "e"), ('œ', "oe"), ('þ', "th"), ('ð', "d") })
            table[ch] = s;
        return table;
    }
}
