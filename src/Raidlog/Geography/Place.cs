namespace Raidlog.Geography;

/// <summary>ACLED-like precision: how exactly the coordinates locate the event.</summary>
public enum PlacePrecision { Town = 1, District = 2, Region = 3, Country = 4, Water = 5 }

/// <summary>
/// A resolved place. Name is how the article writes it ("Khan Younis"); Canonical is the gazetteer's name
/// ("Khān Yūnis") when the two differ, so records of one place in several spellings still meet.
/// Admin1 is GeoNames' English first-level name; Country is ISO2 (Crimea is UA), null for open sea.
/// </summary>
public sealed record Place(
    string Name,
    string? Admin1,
    string? Country,
    double? Lat = null,
    double? Lon = null,
    PlacePrecision Precision = PlacePrecision.Town,
    long? GeonamesId = null,
    string? Canonical = null)
{
    /// <summary>The gazetteer's name for the place, whatever the spelling in the text.</summary>
    public string CanonicalName => Canonical ?? Name;
}
