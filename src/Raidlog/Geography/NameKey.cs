using System.Text;

namespace Raidlog.Geography;

/// <summary>
/// The lookup form of a name: lower case, Latin diacritics and apostrophes dropped, hyphens and dots as
/// spaces, "ё" as "е". Cyrillic letters keep their identity (й, ї stay) so Ukrainian and Russian forms differ.
/// </summary>
public static class NameKey
{
    static readonly string?[] LatinFold = BuildLatinFold();
    const string Apostrophes = "'’ʼ`´‘ʻʹ";

    public static string Normalize(ReadOnlySpan<char> text) => Normalize(text, keepYo: false);

    /// <summary>With keepYo, "ё" stays, for transliteration (Орёл gives Oryol as well as Orel).</summary>
    public static string Normalize(ReadOnlySpan<char> text, bool keepYo)
    {
        // Folding never grows a name by more than "ß"→"ss" and the like; 3x covers every entry in the table.
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length * 3] : new char[text.Length * 3];
        int n = 0;
        bool space = false, cyrillic = false, latin = false;
        foreach (var c in text)
        {
            if (Apostrophes.Contains(c)) continue;
            if (!char.IsLetterOrDigit(c)) { space = true; continue; }
            if (space && n > 0) buffer[n++] = ' ';
            space = false;
            if (c < 128) { buffer[n++] = (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)); latin |= char.IsAsciiLetter(c); }
            else if (c is >= '\u0400' and <= '\u04FF') { buffer[n++] = CyrillicLower(c, keepYo); cyrillic = true; }
            else if (c < LatinFold.Length && LatinFold[c] is { } folded) { folded.AsSpan().CopyTo(buffer[n..]); n += folded.Length; latin = true; }
            else buffer[n++] = char.ToLowerInvariant(c);
        }
        var key = new string(buffer[..n]);
        return cyrillic && latin ? FixMixedScript(key) : key;
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

    // NFKD without combining marks, from the data table the scorer's folding uses: the runtime runs without ICU
    // (InvariantGlobalization), where string.Normalize would leave "Qâna" unfolded and unmatched by "Qana".
    static string?[] BuildLatinFold()
    {
        var table = new string?[0x2000];
        foreach (var (ch, decomposed) in Raidlog.Languages.LanguageData.CompatibilityFolding)
        {
            int c = ch;
            if (c < 128 || c >= table.Length || c is >= 0x0300 and < 0x1E00) continue; // combining marks, Greek, Cyrillic, ...: not Latin letters
            var baseChars = new string(decomposed.Where(b => b < 128 && char.IsLetter(b)).ToArray()).ToLowerInvariant();
            if (baseChars.Length > 0) table[c] = baseChars;
        }
        foreach (var (ch, s) in new[] { ('ß', "ss"), ('ø', "o"), ('Ø', "o"), ('æ', "ae"), ('Æ', "ae"), ('ł', "l"), ('Ł', "l"),
                     ('đ', "d"), ('Đ', "d"), ('ı', "i"), ('ǝ', "e"), ('ə', "e"), ('Ə', "e"), ('œ', "oe"), ('þ', "th"), ('ð', "d") })
            table[ch] = s;
        return table;
    }
}
