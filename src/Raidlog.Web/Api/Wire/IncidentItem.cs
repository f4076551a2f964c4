using Raidlog.Incidents;
using Raidlog.Storage.Views;

namespace Raidlog.Web.Api.Wire;

/// <summary>A merged incident as the API lists it: FORMAT.md's fields plus id, sources and disputed, and the day
/// ("--05-03") its reports give when they give no year (date is then null).</summary>
public sealed record IncidentItem(
    string Id, string? Date, string? Day, string Place, string? Admin1, string Country, double? Lat, double? Lon, string Mode, string? Attacker,
    int? Launched, int? Intercepted, int? Suppressed, int? Killed, int? Injured, int Sources, bool Disputed)
{
    public static IncidentItem From(IncidentSummary s) => From(s.Id, s.Consensus, s.Sources, s.Disputed);

    public static IncidentItem From(string id, Incident i, int sources, bool disputed) => new(
        id, i.Date?.ToString("yyyy-MM-dd"), i.DayWithoutYear?.Iso, i.Place.Name, i.Place.Admin1, i.Place.Country ?? "", i.Place.Lat, i.Place.Lon,
        i.Mode.ToWire(), i.Attacker, i.Launched, i.Intercepted, i.Suppressed, i.Killed, i.Injured, sources, disputed);
}

public sealed record IncidentPage(long Total, int Offset, int Limit, IReadOnlyList<IncidentItem> Items)
{
    public static IncidentPage From(Page<IncidentSummary> page) =>
        new(page.Total, page.Offset, page.Limit, page.Items.Select(IncidentItem.From).ToList());
}
