using Raidlog.Geography;

namespace Raidlog.Recognition.Places;

/// <summary>
/// A town or district is recorded as the article writes it ("Khan Younis", "Rossoshansky District"), not as
/// GeoNames romanises it ("Khān Yūnis", "Rossoshanskiy Rayon"): English reports mostly use the common English
/// spelling. The gazetteer's name stays as Canonical, so records of one place in two spellings still meet.
/// Regions, countries and seas keep their English names; a landmark that stands for its city gives the city's name.
/// </summary>
public static class PlaceSpelling
{
    public static Place AsWritten(PlaceResolution r, string written, PlaceTerms terms)
    {
        var place = r.Place;
        // a point landmark too: "Al Asad" and "Ain al-Asad air base" are both how reports write the one base
        if (r.Entry is not { Kind: EntryKind.Place or EntryKind.District or EntryKind.Landmark } entry
            || entry.Kind == EntryKind.Landmark && place.Precision != PlacePrecision.Town
            || r.Match is not (MatchKind.Name or MatchKind.AltName or MatchKind.Transliteration or MatchKind.Romanisation)
               && !(r.Match == MatchKind.RegionStem && entry.Kind == EntryKind.District)) // "Rajouri district", not "Rājauri"
            return place;
        // "Ljudinovo": English romanises Russian and Ukrainian with no j, so a j is another language's spelling; the English name is Lyudinovo
        if (entry.Country is { } country && CyrillicForms.Countries.Contains(country) && r.Match == MatchKind.AltName
            && written.Contains('j', StringComparison.OrdinalIgnoreCase)) return place;
        // "al-Hazm district" keeps its article where GeoNames' name has one too (Al Hazm)
        bool article = NameVariants.WithoutArticle(NameKey.Normalize(entry.Name)) is not null;
        var words = Words(article ? written : WithoutSmallArticle(written), keepPlaceWord: entry.Kind == EntryKind.District, terms);
        if (words.Count == 0 || words.Any(w => w.Any(c => c is >= '\u0400' and <= '\u04FF'))) return place;
        var name = string.Join(' ', words);
        return name == place.Name ? place : place with { Name = name, Canonical = place.Name };
    }

    /// <summary>"al-Mansouri" is recorded as Mansouri: an article written small is not part of the name in English
    /// ("Al Asad", written capitalised, keeps it).</summary>
    public static string WithoutSmallArticle(string written)
    {
        int hyphen = written.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < written.Length && char.IsLower(written[0]) && char.IsUpper(written[hyphen + 1])
               && NameVariants.IsArticle(written[..hyphen]) ? written[(hyphen + 1)..] : written;
    }


    /// <summary>"Moscow’s" → Moscow, "EL-GENEINA" → El-Geneina, "the Rossoshansky district" → Rossoshansky District.</summary>
    static List<string> Words(string written, bool keepPlaceWord, PlaceTerms terms)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        if (words.Count > 0 && words[^1].Length > 2 && words[^1][^1] is 's' or 'S' && Raidlog.Text.Tokenizer.IsApostrophe(words[^1][^2]))
            words[^1] = words[^1][..^2];
        if (!keepPlaceWord)
            while (words.Count > 1 && terms.KindWord.Contains(words[^1].ToLowerInvariant())) words.RemoveAt(words.Count - 1);
        return words.Select(TitleCase).ToList();
    }

    static string TitleCase(string word)
    {
        bool allCaps = word.Any(char.IsLetter) && !word.Any(char.IsLower);
        if (!allCaps && !char.IsLower(word[0])) return word;
        var chars = word.ToLowerInvariant().ToCharArray();
        for (int i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' or ' ') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
