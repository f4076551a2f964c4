namespace Raidlog.Geography;

/// <summary>ACLED-like precision: how exactly the coordinates locate the event.</summary>
public enum PlacePrecision { Town = 1, District = 2, Region = 3, Country = 4, Water = 5 }

/// <summary>A resolved place. Admin1 is GeoNames' English first-level name; Country is ISO2 (Crimea is UA), null for open sea.</summary>
public sealed record Place(
    string Name,
    string? Admin1,
    string? Country,
    double? Lat = null,
    double? Lon = null,
    PlacePrecision Precision = PlacePrecision.Town,
    long? GeonamesId = null);
