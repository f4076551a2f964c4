namespace Raidlog.Geography;

/// <summary>What a gazetteer row is: the kind decides its precision and how it competes with others.</summary>
public enum EntryKind { Place, District, Admin1, Country, Landmark }

/// <summary>One gazetteer row (see tools/gazetteer/build.mjs for the columns).</summary>
public sealed record GazetteerEntry(
    EntryKind Kind,
    string? Code,
    string Name,
    string? Admin1,
    string? Country,
    double? Lat,
    double? Lon,
    PlacePrecision Precision,
    long Population,
    string FeatureCode,
    string? Admin2)
{
    public long? GeonamesId => Kind == EntryKind.Place && long.TryParse(Code, out var id) ? id : null;

    /// <summary>GeoNames feature codes: the capital, then regional seats, then district seats.</summary>
    public int SeatRank => FeatureCode switch { "PPLC" => 3, "PPLA" => 2, "PPLA2" => 1, _ => 0 };

    public Place ToPlace() => new(Name, Admin1, Country, Lat, Lon, Precision, GeonamesId);
}
