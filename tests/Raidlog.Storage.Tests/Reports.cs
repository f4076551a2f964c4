using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Text;

namespace Raidlog.Storage.Tests;

/// <summary>
/// Builds what the extractor hands the store: an article (short text in our own words) and its reports.
/// The store's contract starts at an extraction, so these tests do not depend on the extractor's progress.
/// </summary>
public static class Reports
{
    public static readonly Place Moscow = new("Moscow", "Moscow", "RU", 55.75, 37.62, PlacePrecision.Town);
    public static readonly Place MoscowOblast = new("Moscow Oblast", "Moscow Oblast", "RU", 55.5, 37.5, PlacePrecision.Region);
    public static readonly Place Bryansk = new("Bryansk Oblast", "Bryansk Oblast", "RU", 53.0, 33.5, PlacePrecision.Region);
    public static readonly Place Kursk = new("Kursk Oblast", "Kursk Oblast", "RU", 51.7, 36.2, PlacePrecision.Region);
    public static readonly Place Russia = new("Russia", null, "RU", 61.5, 105.3, PlacePrecision.Country);
    public static readonly Place Kharkiv = new("Kharkiv", "Kharkiv Oblast", "UA", 49.99, 36.23, PlacePrecision.Town);
    public static readonly Place KharkivOblast = new("Kharkiv Oblast", "Kharkiv Oblast", "UA", 49.5, 36.5, PlacePrecision.Region);
    public static readonly Place Chuhuiv = new("Chuhuiv", "Kharkiv Oblast", "UA", 49.84, 36.69, PlacePrecision.Town);

    public static Extraction Article(string id, string outlet, string published, string text, params Incident[] incidents) =>
        new(new Article(id, text, new ArticleMetadata(DateOnly.Parse(published), outlet, $"https://example.org/{id}", "en")), incidents);

    public static Incident Drone(Place place, string date, int? launched = null, int? intercepted = null, int? suppressed = null,
        int? killed = null, int? injured = null, string? attacker = "UA", AttackMode mode = AttackMode.Drone) => new()
    {
        Date = DateOnly.Parse(date),
        Place = place,
        Mode = mode,
        Attacker = attacker,
        Launched = launched,
        Intercepted = intercepted,
        Suppressed = suppressed,
        Killed = killed,
        Injured = injured,
    };

    /// <summary>Attributes a figure to a claimant, with the span of the sentence that says it.</summary>
    public static Incident Said(this Incident i, Figure figure, string claimant, string text, string sentence)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{sentence}' is not in the text");
        var span = new TextSpan(start, start + sentence.Length);
        return i with
        {
            Claims = [.. i.Claims, new Claim(figure.ToWire(), i.Get(figure), claimant, span)],
            Evidence = [.. i.Evidence, span],
        };
    }

    public static Incident Denied(this Incident i, string claimant, string text, string sentence)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        return i with { Claims = [.. i.Claims, new Claim("denial", null, claimant, new TextSpan(start, start + sentence.Length))] };
    }
}
