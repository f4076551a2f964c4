using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Recognition.Places;

/// <summary>
/// A resolved place name in a sentence: tokens [Start, End). Group is shared by names listed together
/// ("over Belgorod, Kursk and Bryansk regions"), so one figure for the list is not given to one member.
/// Strong when the text itself marks it as a place (a region word, a cue such as "in" or "over"), or it
/// resolves to a region or a country.
/// Resolution is what the gazetteer said about Query, the name as looked up; the article's later passes use them.
/// Settlement: the text calls it a village, town or settlement ("the village of Zhuravka"), so it is a place even where
/// the gazetteer does not know it (<see cref="ArticlePlaces"/> then locates it by the article's region).
/// </summary>
public sealed record PlaceMention(int Start, int End, Place Place, PlaceCue Cue, int Group, bool Strong,
    PlaceResolution? Resolution = null, string? Query = null, bool Settlement = false)
{
    public bool IsCountry => Place.Precision == PlacePrecision.Country;
}
