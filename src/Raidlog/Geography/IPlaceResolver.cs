namespace Raidlog.Geography;

/// <summary>
/// Turns a place name as written ("the Belgorod region", "Kiev", "Подмосковье") into a canonical place,
/// or null when it cannot tell. Context carries the article's other places so ambiguous names resolve.
/// </summary>
public interface IPlaceResolver
{
    PlaceResolution? Resolve(string surface, PlaceContext? context = null);

    /// <summary>The capital city of a country (ISO2), for "the Russian capital"; null when unknown.</summary>
    PlaceResolution? CapitalOf(string country) => null;
}

/// <summary>Hints from the rest of the article: countries and admin1 regions already named.</summary>
public sealed record PlaceContext(IReadOnlyCollection<string> Countries, IReadOnlyCollection<string> Admin1s)
{
    public static readonly PlaceContext Empty = new([], []);
}

/// <summary>The chosen place, the candidates considered, and why this one won; Entry and Match say what matched and how.</summary>
public sealed record PlaceResolution(Place Place, IReadOnlyList<Place> Candidates, string Reason,
    GazetteerEntry? Entry = null, MatchKind Match = MatchKind.Name);
