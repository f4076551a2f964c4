using System.Runtime.CompilerServices;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Recognition.Places;

/// <summary>
/// The words around a place name that the place recognisers weigh, by role (languages/XX/place-words.tsv): region
/// words, list joiners, settlement and site nouns, directions, distance units, outlets' and units' words, and more.
/// The roles are listed in the file; an unknown role is an error naming its line. Tokens' normalised forms are looked up.
/// </summary>
public sealed class PlaceTerms
{
    const string File = "place-words.tsv";
    static readonly ConditionalWeakTable<LanguageLexicons, PlaceTerms> Loaded = new();

    public readonly HashSet<string> Region = Set(), Plural = Set(), Container = Set(), Joiner = Set(), Settlement = Set(),
        SettlementAfter = Set(), PlaceNoun = Set(), Quarter = Set(), Site = Set(), Direction = Set(), Bearing = Set(),
        DistanceUnit = Set(), Organisation = Set(), River = Set(), Route = Set(), SideVerb = Set(), Adverb = Set(),
        ListWord = Set(), Particle = Set(), Admin1Word = Set(), CityDistrictWord = Set(), KindWord = Set();

    /// <summary>Facility phrases, word by word ("international airport" is ["international", "airport"]).</summary>
    public readonly List<string[]> Facility = [];

    /// <summary>The terms of a language's data, read once; none when its folder has no place-words.tsv.</summary>
    public static PlaceTerms For(LanguageLexicons data) => Loaded.GetValue(data, d => new PlaceTerms(d.Extra.GetValueOrDefault(File) ?? []));

    PlaceTerms(List<TsvRow> rows)
    {
        var byRole = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["region"] = Region, ["plural"] = Plural, ["container"] = Container, ["joiner"] = Joiner, ["settlement"] = Settlement,
            ["settlement-after"] = SettlementAfter, ["place-noun"] = PlaceNoun, ["quarter"] = Quarter, ["site"] = Site,
            ["direction"] = Direction, ["bearing"] = Bearing, ["distance-unit"] = DistanceUnit, ["organisation"] = Organisation,
            ["river"] = River, ["route"] = Route, ["side-verb"] = SideVerb, ["adverb"] = Adverb, ["list-word"] = ListWord,
            ["particle"] = Particle, ["admin1-word"] = Admin1Word, ["city-district-word"] = CityDistrictWord, ["kind-word"] = KindWord,
        };
        foreach (var row in rows)
        {
            var word = row[0].ToLowerInvariant();
            if (row[1] == "facility") Facility.Add(word.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            else if (byRole.TryGetValue(row[1], out var set)) set.Add(word);
            else throw row.Error($"unknown role '{row[1]}' (one of {string.Join(", ", byRole.Keys)}, facility)");
        }
    }

    static HashSet<string> Set() => new(StringComparer.Ordinal);
}
