using System.CommandLine;
using Raidlog.Storage;
using Raidlog.Storage.Export;
using Raidlog.Storage.Queries;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog export --format csv|geojson|jsonl [-o FILE] [filters]`: every matching incident, streamed.</summary>
static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "csv (ACLED-style columns), geojson or jsonl", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "geojson", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)" };
        var command = new Command("export", "Export merged incidents") { db, format, output };
        filters.AddTo(command);
        command.SetAction(r => StoreOptions.WithStore(r.GetValue(db)!, store =>
        {
            Write(store, filters.Query(r), r.GetValue(format)!, r.GetValue(output));
            return 0;
        }));
        return command;
    }

    public static void Write(IRaidlogStore store, IncidentQuery query, string format, string? path)
    {
        using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
        using var buffered = new BufferedStream(stream, 1 << 16);
        var incidents = store.Export(query);
        switch (format)
        {
            case "jsonl": IncidentJsonl.Write(buffered, incidents); break;
            case "geojson": IncidentGeoJson.Write(buffered, incidents); break;
            default:
                using (var writer = new StreamWriter(buffered, new System.Text.UTF8Encoding(false), leaveOpen: true))
                    IncidentCsv.Write(writer, incidents);
                break;
        }
    }
}
