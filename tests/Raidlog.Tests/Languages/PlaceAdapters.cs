using Raidlog.Languages;
using Raidlog.Geography;
using Raidlog.Recognition;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Places;
using Raidlog.Text;

namespace Raidlog.Tests.Languages;

/// <summary>
/// places.tsv: every place the recognisers keep once the whole text is read, in order, each once, as
/// "Name|Admin1|CC", with "from:" before a launch site and "elsewhere:" before a place that was not hit.
/// </summary>
public static class PlaceAdapters
{
    static readonly PerLanguage<MentionFinder> Finder = new(language => new MentionFinder(LanguageLexicons.For(language), Gazetteer.LoadDefault()));

    public static string Places(LanguageExample e)
    {
        var sentences = new List<SentenceMentions>();
        int paragraph = -1;
        foreach (var s in new SentenceSplitter(LanguageLexicons.For(e.Language).Abbreviations).Split(e.Text))
        {
            sentences.Add(Finder.For(e.Language).Find(e.Text, s, s.Paragraph != paragraph));
            paragraph = s.Paragraph;
        }
        ArticlePlaces.Settle(sentences, Gazetteer.LoadDefault(), LanguageLexicons.For(e.Language));
        var places = sentences.SelectMany(s => s.Places).Select(Describe).Distinct().ToList();
        return places.Count == 0 ? "none" : string.Join("; ", places);
    }

    static string Describe(PlaceMention m)
    {
        var cue = m.Cue switch { PlaceCue.Launch => "from:", PlaceCue.Elsewhere => "elsewhere:", _ => "" };
        return $"{cue}{m.Place.Name}|{m.Place.Admin1 ?? "-"}|{m.Place.Country ?? "-"}";
    }
}
