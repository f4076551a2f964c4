using System.CommandLine;
using System.Text.Json;
using Raidlog.Geography;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog geocode NAME... [--format text|jsonl] [--country UA] [--region "Sumy Oblast"]`: resolve place names.</summary>
static class GeocodeCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("names") { Description = "Place names as written (\"Podolsk\", \"the Belgorod region\", \"Kiev\")", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text or jsonl", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var countries = new Option<string[]>("--country") { Description = "Context: ISO2 of a country the article names (repeatable)" };
        var regions = new Option<string[]>("--region") { Description = "Context: a region the article names (repeatable)" };
        var command = new Command("geocode", "Resolve place names to place, region, country and coordinates") { names, format, countries, regions };
        command.SetAction(result =>
        {
            var context = new PlaceContext(result.GetValue(countries) ?? [], result.GetValue(regions) ?? []);
            return Run(result.GetValue(names)!, result.GetValue(format)!, context);
        });
        return command;
    }

    static int Run(string[] names, string format, PlaceContext context)
    {
        Gazetteer gazetteer;
        try { gazetteer = Gazetteer.LoadDefault(); }
        catch (Exception e) when (e is FileNotFoundException or FormatException)
        {
            Console.Error.WriteLine($"raidlog geocode: {e.Message}");
            return 2;
        }
        using var stdout = Console.OpenStandardOutput();
        foreach (var name in names)
        {
            var explanation = gazetteer.Explain(name, context);
            if (format == "jsonl") WriteJson(stdout, explanation);
            else WriteText(explanation);
        }
        return 0;
    }

    static void WriteText(PlaceExplanation x)
    {
        var p = x.Resolution?.Place;
        Console.WriteLine(p is null
            ? $"{x.Query}: unresolved ({x.Reason})"
            : $"{x.Query}: {p.Name} | {p.Admin1 ?? "-"} | {p.Country ?? "-"} | {p.Lat:0.####}, {p.Lon:0.####} | precision {(int)p.Precision} {p.Precision} | geonames {p.GeonamesId?.ToString() ?? "-"}");
        if (p is not null) Console.WriteLine($"  reason: {x.Reason}");
        foreach (var c in x.Candidates.Take(5))
            Console.WriteLine($"  {c.Score,5:0.0}  {c.Entry.Name} | {c.Entry.Admin1 ?? "-"} | {c.Entry.Country ?? "-"} | {c.Entry.Kind} | {c.Match} match | pop {c.Entry.Population}");
        if (x.Candidates.Count > 5) Console.WriteLine($"  … {x.Candidates.Count - 5} more");
    }

    static void WriteJson(Stream stdout, PlaceExplanation x)
    {
        using (var w = new Utf8JsonWriter(stdout))
        {
            var p = x.Resolution?.Place;
            w.WriteStartObject();
            w.WriteString("query", x.Query);
            w.WriteString("place", p?.Name);
            w.WriteString("admin1", p?.Admin1);
            w.WriteString("country", p?.Country);
            WriteNumber(w, "lat", p?.Lat);
            WriteNumber(w, "lon", p?.Lon);
            WriteNumber(w, "precision", p is null ? null : (int)p.Precision);
            WriteNumber(w, "geonames_id", p?.GeonamesId);
            w.WriteString("reason", x.Reason);
            w.WriteStartArray("candidates");
            foreach (var c in x.Candidates.Take(10))
            {
                w.WriteStartObject();
                w.WriteString("place", c.Entry.Name);
                w.WriteString("admin1", c.Entry.Admin1);
                w.WriteString("country", c.Entry.Country);
                w.WriteString("kind", c.Entry.Kind.ToString().ToLowerInvariant());
                w.WriteString("match", c.Match.ToString().ToLowerInvariant());
                w.WriteNumber("score", Math.Round(c.Score, 2));
                WriteNumber(w, "geonames_id", c.Entry.GeonamesId);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }

    static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
