using System.Text.Json;
using Raidlog.Pipeline;

namespace Raidlog.Incidents;

/// <summary>Writes FORMAT.md's extractor output: one {"id", "incidents": [...]} object per article.</summary>
public static class IncidentJson
{
    // Property names encoded once, not escaped and transcoded again for every incident of every article.
    static readonly JsonEncodedText Id = JsonEncodedText.Encode("id"), Incidents = JsonEncodedText.Encode("incidents"),
        Evidence = JsonEncodedText.Encode("evidence"), Claims = JsonEncodedText.Encode("claims"), Start = JsonEncodedText.Encode("start"),
        End = JsonEncodedText.Encode("end"), Text = JsonEncodedText.Encode("text"), Field = JsonEncodedText.Encode("field"),
        Value = JsonEncodedText.Encode("value"), Claimant = JsonEncodedText.Encode("claimant"), Actor = JsonEncodedText.Encode("actor"),
        Span = JsonEncodedText.Encode("span"), Date = JsonEncodedText.Encode("date"), Place = JsonEncodedText.Encode("place"),
        Admin1 = JsonEncodedText.Encode("admin1"), Country = JsonEncodedText.Encode("country"), Lat = JsonEncodedText.Encode("lat"),
        Lon = JsonEncodedText.Encode("lon"), Precision = JsonEncodedText.Encode("precision"), CanonicalPlace = JsonEncodedText.Encode("canonical_place"),
        GeonamesId = JsonEncodedText.Encode("geonames_id"), Mode = JsonEncodedText.Encode("mode"), Attacker = JsonEncodedText.Encode("attacker");

    static readonly (Figure Figure, JsonEncodedText Name)[] Figures =
        Enum.GetValues<Figure>().Select(f => (f, JsonEncodedText.Encode(f.ToWire()))).ToArray();

    public static void WriteExtraction(Utf8JsonWriter w, Extraction extraction)
    {
        w.WriteStartObject();
        w.WriteString(Id, extraction.Article.Id);
        w.WriteStartArray(Incidents);
        foreach (var incident in extraction.Incidents)
            WriteIncident(w, incident, extraction.Article.Text);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteIncident(Utf8JsonWriter w, Incident i, string text)
    {
        w.WriteStartObject();
        WriteFields(w, i);
        w.WriteStartArray(Evidence);
        foreach (var span in i.Evidence)
        {
            w.WriteStartObject();
            w.WriteNumber(Start, span.Start);
            w.WriteNumber(End, span.End);
            w.WriteString(Text, text.AsSpan(span.Start, span.End - span.Start));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Claims);
        foreach (var claim in i.Claims)
        {
            w.WriteStartObject();
            w.WriteString(Field, claim.Field);
            WriteNullable(w, Value, claim.Value);
            w.WriteString(Claimant, claim.Claimant);
            if (claim.Actor is not null) w.WriteString(Actor, claim.Actor);
            w.WriteStartObject(Span);
            w.WriteNumber(Start, claim.Span.Start);
            w.WriteNumber(End, claim.Span.End);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The scored fields, shared by extract output, stored reports and merged incidents.</summary>
    public static void WriteFields(Utf8JsonWriter w, Incident i)
    {
        if (i.Date is { } date)
        {
            Span<char> day = stackalloc char[10];
            date.TryFormat(day, out _, "yyyy-MM-dd");
            w.WriteString(Date, day);
        }
        else w.WriteNull(Date);
        w.WriteString(Place, i.Place.Name);
        w.WriteString(Admin1, i.Place.Admin1);
        w.WriteString(Country, i.Place.Country);
        WriteNullable(w, Lat, i.Place.Lat);
        WriteNullable(w, Lon, i.Place.Lon);
        w.WriteNumber(Precision, (int)i.Place.Precision);
        if (i.Place.Canonical is { } canonical) w.WriteString(CanonicalPlace, canonical);
        if (i.Place.GeonamesId is { } id) w.WriteNumber(GeonamesId, id);
        w.WriteString(Mode, i.Mode.ToWire());
        w.WriteString(Attacker, i.Attacker);
        foreach (var (figure, name) in Figures)
            WriteNullable(w, name, i.Get(figure));
    }

    static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 5)); else w.WriteNull(name);
    }
}
