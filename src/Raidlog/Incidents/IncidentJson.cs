using System.Text.Json;
using Raidlog.Pipeline;

namespace Raidlog.Incidents;

/// <summary>Writes FORMAT.md's extractor output: one {"id", "incidents": [...]} object per article.</summary>
public static class IncidentJson
{
    public static void WriteExtraction(Utf8JsonWriter w, Extraction extraction)
    {
        w.WriteStartObject();
        w.WriteString("id", extraction.Article.Id);
        w.WriteStartArray("incidents");
        foreach (var incident in extraction.Incidents)
            WriteIncident(w, incident, extraction.Article.Text);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteIncident(Utf8JsonWriter w, Incident i, string text)
    {
        w.WriteStartObject();
        WriteFields(w, i);
        w.WriteStartArray("evidence");
        foreach (var span in i.Evidence)
        {
            w.WriteStartObject();
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            w.WriteString("text", span.Of(text));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var claim in i.Claims)
        {
            w.WriteStartObject();
            w.WriteString("field", claim.Field);
            WriteNullable(w, "value", claim.Value);
            w.WriteString("claimant", claim.Claimant);
            if (claim.Actor is not null) w.WriteString("actor", claim.Actor);
            w.WriteStartObject("span");
            w.WriteNumber("start", claim.Span.Start);
            w.WriteNumber("end", claim.Span.End);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The scored fields, shared by extract output, stored reports and merged incidents.</summary>
    public static void WriteFields(Utf8JsonWriter w, Incident i)
    {
        w.WriteString("date", i.Date?.ToString("yyyy-MM-dd"));
        w.WriteString("place", i.Place.Name);
        w.WriteString("admin1", i.Place.Admin1);
        w.WriteString("country", i.Place.Country);
        WriteNullable(w, "lat", i.Place.Lat);
        WriteNullable(w, "lon", i.Place.Lon);
        w.WriteNumber("precision", (int)i.Place.Precision);
        if (i.Place.Canonical is { } canonical) w.WriteString("canonical_place", canonical);
        if (i.Place.GeonamesId is { } id) w.WriteNumber("geonames_id", id);
        w.WriteString("mode", i.Mode.ToWire());
        w.WriteString("attacker", i.Attacker);
        foreach (var figure in Enum.GetValues<Figure>())
            WriteNullable(w, figure.ToWire(), i.Get(figure));
    }

    static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 5)); else w.WriteNull(name);
    }
}
