using Raidlog.Geography;

namespace Raidlog.Recognition.Places;

/// <summary>
/// A world gazetteer has a town for almost every capitalised word. A town the text does not mark as a place
/// (no region word, no "in"/"over" before it) is kept only when it lies in a country the article is about:
/// one it names ("Russian" counts), or one whose regions it names.
/// </summary>
public static class PlausiblePlaces
{
    public static void Filter(IReadOnlyList<SentenceMentions> sentences)
    {
        var countries = sentences.SelectMany(s => s.Places).Where(p => p.Strong).Select(p => p.Place.Country)
            .Concat(sentences.SelectMany(s => s.Actors).Select(a => a.Value)).ToHashSet();
        foreach (var s in sentences)
            s.Places.RemoveAll(p => !p.Strong && !countries.Contains(p.Place.Country));
    }
}
