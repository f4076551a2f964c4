using System.Globalization;
using CsvHelper;
using Raidlog.Incidents;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Export;

/// <summary>
/// CSV with ACLED's column names (so ACLED tooling can read it) followed by our counts. Differences from ACLED:
/// country, actor1 (the attacker) and actor2 (the attacked country) are ISO2 codes; fatalities is the consensus
/// killed figure, not ACLED's lowest figure; notes say who claimed each figure.
/// </summary>
public static class IncidentCsv
{
    static readonly string[] Header =
    [
        "event_id", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "launched", "intercepted", "suppressed", "injured", "disputed", "sources",
    ];

    public static void Write(TextWriter output, IEnumerable<IncidentDetail> incidents)
    {
        using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (var d in incidents)
            csv.WriteRecord(Row(d));
        csv.Flush();
    }

    static string[] Row(IncidentDetail d)
    {
        var i = d.Summary.Consensus;
        string? N(int? v) => v?.ToString(CultureInfo.InvariantCulture);
        string? Deg(double? v) => v?.ToString("0.#####", CultureInfo.InvariantCulture);
        return
        [
            d.Summary.Id, i.Date?.ToString("yyyy-MM-dd") ?? "", N(i.Date?.Year) ?? "", "Explosions/Remote violence", SubEventType(i.Mode),
            i.Attacker ?? "Unidentified", i.Place.Country ?? "", i.Place.Country ?? "", i.Place.Admin1 ?? "", i.Place.Name,
            Deg(i.Place.Lat) ?? "", Deg(i.Place.Lon) ?? "", N(GeoPrecision(i))!,
            string.Join("; ", d.Reports.Select(r => r.Outlet ?? r.ArticleId).Distinct()), Notes(d), N(i.Killed ?? 0)!,
            N(i.Launched) ?? "", N(i.Intercepted) ?? "", N(i.Suppressed) ?? "", N(i.Injured) ?? "",
            d.Summary.Disputed ? "true" : "false", N(d.Summary.Sources)!,
        ];
    }

    static string SubEventType(AttackMode mode) => mode is AttackMode.Drone or AttackMode.Air or AttackMode.Mixed
        ? "Air/drone strike" : "Shelling/artillery/missile attack";

    /// <summary>ACLED: 1 = the town itself, 2 = near a town or a district, 3 = only the region (or wider) is known.</summary>
    static int GeoPrecision(Incident i) => i.Place.Precision switch
    {
        Geography.PlacePrecision.Town => 1,
        Geography.PlacePrecision.District => 2,
        _ => 3,
    };

    static string Notes(IncidentDetail d) => string.Join("; ", d.Figures.Where(f => f.Value != null).Select(f =>
        $"{f.Figure.ToWire()} {f.Value}" + (f.Claimant is { Length: > 0 } c ? $" ({c})" : "") + (f.Disputed ? $" [sources say {f.Min}-{f.Max}]" : "")));
}
