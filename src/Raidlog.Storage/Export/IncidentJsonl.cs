using System.Text.Json;
using Raidlog.Incidents;
using Raidlog.Storage.Views;

namespace Raidlog.Storage.Export;

/// <summary>
/// One merged incident per line: FORMAT.md's incident fields (the consensus; "day" beside a null date when only
/// the month and day are known), id, sources, disputed, each figure's consensus, and reports[] — each article's
/// own account with its claimants and evidence (what ../shared/eval/score-merge.py reads).
/// </summary>
public static class IncidentJsonl
{
    public static void Write(Stream output, IEnumerable<IncidentDetail> incidents)
    {
        using var w = new Utf8JsonWriter(output);
        foreach (var incident in incidents)
        {
            WriteIncident(w, incident);
            w.Flush();
            w.Reset();
            output.WriteByte((byte)'\n');
        }
    }

    public static void WriteIncident(Utf8JsonWriter w, IncidentDetail d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Summary.Id);
        IncidentJson.WriteFields(w, d.Summary.Consensus);
        WriteDayWithoutYear(w, d.Summary.Consensus);
        w.WriteNumber("sources", d.Summary.Sources);
        w.WriteBoolean("disputed", d.Summary.Disputed);
        w.WriteStartObject("consensus");
        foreach (var f in d.Figures)
        {
            if (f.Value is null) continue;
            w.WriteStartObject(f.Figure.ToWire());
            w.WriteNumber("value", f.Value.Value);
            w.WriteNumber("min", f.Min!.Value);
            w.WriteNumber("max", f.Max!.Value);
            w.WriteString("claimant", f.Claimant);
            w.WriteBoolean("disputed", f.Disputed);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("reports");
        foreach (var r in d.Reports) WriteReport(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>"day": "--05-28" beside "date": null when the month and day are known but not the year.</summary>
    internal static void WriteDayWithoutYear(Utf8JsonWriter w, Incident i)
    {
        if (i.DayWithoutYear is { } day) w.WriteString("day", day.Iso);
    }

    static void WriteReport(Utf8JsonWriter w, ReportView r)
    {
        w.WriteStartObject();
        w.WriteString("article", r.ArticleId);
        w.WriteString("outlet", r.Outlet);
        w.WriteString("url", r.Url);
        w.WriteString("published", r.Published?.ToString("yyyy-MM-dd"));
        IncidentJson.WriteFields(w, r.Report);
        WriteDayWithoutYear(w, r.Report);
        w.WriteStartArray("claimants");
        foreach (var c in r.Claims)
        {
            w.WriteStartObject();
            w.WriteString("field", c.Field);
            if (c.Value is { } v) w.WriteNumber("value", v); else w.WriteNull("value");
            w.WriteString("claimant", c.Claimant);
            w.WriteString("text", c.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("evidence");
        foreach (var e in r.Evidence)
        {
            w.WriteStartObject();
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
