namespace Raidlog.Geography;

/// <summary>
/// A name's consonant skeleton, for names romanised from scripts that write few or no vowels: outlets agree on
/// the consonants and differ in the vowels ("Bint Jbeil" / "Bent Jbaïl", "Rajouri" / "Rajauri", "Poonch" /
/// "Punch", "Kabkabiya" / "Kabkābīyah"). Each word keeps its first letter (a vowel as "a"), loses its other
/// vowels, y and w, its romanised article ("al", "el") and a final "h" after a vowel; q and c read as k, and
/// doubled letters as one; the name's last vowel, if it ends in one, stays as a, i or u. Too short a skeleton says too little: null below three consonants.
/// </summary>
static class NameSkeleton
{
    const string Vowels = "aeiouyw";
    static readonly HashSet<string> Romanised = Raidlog.Languages.LanguageData.ReadTable("common", "places/romanised-countries.tsv", 2, 2)
        .Select(r => r[0]).ToHashSet();

    /// <summary>True for countries whose names English romanises from another script (languages/common/places/romanised-countries.tsv).</summary>
    public static bool IsRomanised(string? country) => country is not null && Romanised.Contains(country);

    public const char Mark = '~'; // keeps skeletons apart from ordinary keys in a shared index

    /// <summary>The skeleton of a normalised key (see <see cref="NameKey"/>), marked, or null.</summary>
    public static string? Of(string key)
    {
        if (key.Length < 5) return null;
        var text = NameVariants.WithoutArticle(key) ?? key;
        var buffer = new System.Text.StringBuilder(text.Length + 1).Append(Mark);
        int consonants = 0;
        char end = ' ';
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(c => c >= 128)) return null; // Cyrillic and other scripts have keys of their own
            if (buffer.Length > 1)
            {
                if (NameVariants.IsArticle(word)) continue; // "deir al balah": the inner article
                buffer.Append(' ');
            }
            var w = word.Length > 2 && word[^1] == 'h' && Vowels.Contains(word[^2]) ? word[..^1] : word;
            end = w[^1];
            buffer.Append(Vowels.Contains(w[0]) ? 'a' : Consonant(w[0]));
            char last = buffer[^1];
            for (int i = 1; i < w.Length; i++)
            {
                if (Vowels.Contains(w[i])) { last = ' '; continue; } // only letters written double are one
                char c = Consonant(w[i]);
                if (c == last) continue;
                buffer.Append(c);
                last = c;
                consonants++;
            }
            if (!Vowels.Contains(w[0])) consonants++;
        }
        // the last vowel tells apart names that share their consonants: Mansouri is not Mansoura, Rajouri not Rajura
        if (Vowels.Contains(end) && end != 'w') buffer.Append(end is 'a' or 'e' ? 'a' : end is 'o' or 'u' ? 'u' : 'i');
        return consonants >= 3 ? buffer.ToString() : null;
    }

    static char Consonant(char c) => c is 'q' or 'c' ? 'k' : c;
}
