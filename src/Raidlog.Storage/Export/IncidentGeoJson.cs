using System.Text.Json;
using Raidlog.Incidents;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Export;

/// <summary>A GeoJSON FeatureCollection streamed feature by feature: one Point per incident (null geometry when unplaced).</summary>
public static class IncidentGeoJson
{
    public static void Write(Stream output, IEnumerable<IncidentDetail> incidents)
    {
        using var w = new Utf8JsonWriter(output);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var d in incidents)
        {
            var i = d.Summary.Consensus;
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", d.Summary.Id);
            if (i.Place is { Lat: { } lat, Lon: { } lon })
            {
                w.WriteStartObject("geometry");
                w.WriteString("type", "Point");
                w.WriteStartArray("coordinates");
                w.WriteNumberValue(Math.Round(lon, 5));
                w.WriteNumberValue(Math.Round(lat, 5));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            else w.WriteNull("geometry");
            w.WriteStartObject("properties");
            w.WriteString("id", d.Summary.Id);
            IncidentJson.WriteFields(w, i);
            IncidentJsonl.WriteDayWithoutYear(w, i);
            w.WriteNumber("sources", d.Summary.Sources);
            w.WriteBoolean("disputed", d.Summary.Disputed);
            w.WriteEndObject();
            w.WriteEndObject();
            if (w.BytesPending > 1 << 16) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }
}
