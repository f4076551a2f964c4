using System.Globalization;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Text;

namespace Raidlog.Storage.Sql;

// Column-shaped rows for Dapper (snake_case columns map to these names), and their conversions to the model.
// Integers are read as long? because SQLite returns every integer as 64-bit.

class FieldsRow
{
    public string? Date { get; set; }
    public string Place { get; set; } = "";
    public string? PlaceCanonical { get; set; }
    public string? Admin1 { get; set; }
    public string Country { get; set; } = "";
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public long Precision { get; set; }
    public string Mode { get; set; } = "unknown";
    public string? Attacker { get; set; }
    public long? Launched { get; set; }
    public long? Intercepted { get; set; }
    public long? Suppressed { get; set; }
    public long? Killed { get; set; }
    public long? Injured { get; set; }
    /// <summary>"--05-28": the month and day of a report or incident whose year is unknown.</summary>
    public string? DayWithoutYear { get; set; }

    /// <summary>The incident as its columns store it: ISO dates, an upper-case country ("" when unknown), wire modes.</summary>
    public static FieldsRow Of(Incident i) => new()
    {
        Date = Dates.Format(i.Date),
        Place = i.Place.Name,
        PlaceCanonical = i.Place.Canonical,
        Admin1 = i.Place.Admin1,
        Country = (i.Place.Country ?? "").ToUpperInvariant(),
        Lat = i.Place.Lat,
        Lon = i.Place.Lon,
        Precision = (long)i.Place.Precision,
        Mode = i.Mode.ToWire(),
        Attacker = i.Attacker,
        Launched = i.Launched,
        Intercepted = i.Intercepted,
        Suppressed = i.Suppressed,
        Killed = i.Killed,
        Injured = i.Injured,
        DayWithoutYear = i.DayWithoutYear?.Iso,
    };

    /// <summary>Column values in the order of SqlStore.FieldColumns.</summary>
    public object?[] Values() =>
        [Date, Place, Admin1, Country, Lat, Lon, Precision, Mode, Attacker, Launched, Intercepted, Suppressed, Killed, Injured, PlaceCanonical, DayWithoutYear];

    public Incident ToIncident(IReadOnlyList<TextSpan>? evidence = null, IReadOnlyList<Claim>? claims = null) => new()
    {
        Date = Dates.Parse(Date),
        DayWithoutYear = MonthDay.Parse(DayWithoutYear),
        Place = new Place(Place, Admin1, Country, Lat, Lon, (PlacePrecision)Precision, Canonical: PlaceCanonical),
        Mode = AttackModeNames.Parse(Mode),
        Attacker = Attacker,
        Launched = (int?)Launched,
        Intercepted = (int?)Intercepted,
        Suppressed = (int?)Suppressed,
        Killed = (int?)Killed,
        Injured = (int?)Injured,
        Evidence = evidence ?? [],
        Claims = claims ?? [],
    };
}

sealed class IncidentRow : FieldsRow
{
    public string Id { get; set; } = "";
    public string? PlaceKey { get; set; }
    public long Sources { get; set; }
    public long Disputed { get; set; }
    public string UpdatedAt { get; set; } = "";
}

sealed class ReportRow : FieldsRow
{
    public long Id { get; set; }
    public long ArticleSeq { get; set; }
    public long Ordinal { get; set; }
    public string IncidentId { get; set; } = "";
    public string ArticleId { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
}

sealed class SpanRow
{
    public long ReportId { get; set; }
    public long Start { get; set; }
    public long End { get; set; }
    public string Text { get; set; } = "";
}

sealed class ClaimRow
{
    public long ReportId { get; set; }
    public string Field { get; set; } = "";
    public long? Value { get; set; }
    public string? Claimant { get; set; }
    public long Start { get; set; }
    public long End { get; set; }
    public string Text { get; set; } = "";
}

sealed class ArticleRow
{
    public long Seq { get; set; }
    public string Id { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public string Language { get; set; } = "en";
    public string Text { get; set; } = "";
    public string IngestedAt { get; set; } = "";
}

sealed class RevisionRow
{
    public string Field { get; set; } = "";
    public long? OldValue { get; set; }
    public long? NewValue { get; set; }
    public long ReportId { get; set; }
    public string ArticleId { get; set; } = "";
    public string At { get; set; } = "";
}

/// <summary>Dates are stored as ISO text (YYYY-MM-DD) on both providers, so they sort and compare as text.</summary>
static class Dates
{
    public static string? Format(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static DateTimeOffset Instant(string s) =>
        DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : DateTimeOffset.MinValue;
}
