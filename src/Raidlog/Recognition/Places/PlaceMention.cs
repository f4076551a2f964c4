using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Recognition.Places;

/// <summary>
/// A resolved place name in a sentence: tokens [Start, End). Group is shared by names listed together
/// ("over Belgorod, Kursk and Bryansk regions"), so one figure for the list is not given to one member.
/// </summary>
public sealed record PlaceMention(int Start, int End, Place Place, PlaceCue Cue, int Group)
{
    public bool IsCountry => Place.Precision == PlacePrecision.Country;
}
