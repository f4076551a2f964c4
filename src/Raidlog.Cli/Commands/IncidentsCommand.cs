using System.CommandLine;
using Raidlog.Cli.Output;
using Raidlog.Incidents;
using Raidlog.Storage;
using Raidlog.Storage.Export;
using Raidlog.Storage.Queries;
using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog incidents [filters] [--format table|jsonl|csv|geojson]`: the merged incidents.</summary>
static class IncidentsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var filters = new FilterOptions();
        var format = new Option<string>("--format") { Description = "table, jsonl, csv or geojson", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv", "geojson");
        var limit = new Option<int>("--limit") { Description = "Rows in the table (other formats print all)", DefaultValueFactory = _ => 50 };
        var command = new Command("incidents", "List merged incidents") { db, format, limit };
        filters.AddTo(command);
        command.SetAction(r => StoreOptions.WithStore(r.GetValue(db)!, store =>
        {
            var query = filters.Query(r);
            if (r.GetValue(format) is "table") Table(store, query with { Limit = r.GetValue(limit) });
            else ExportCommand.Write(store, query, r.GetValue(format)!, null);
            return 0;
        }));
        return command;
    }

    static void Table(IRaidlogStore store, IncidentQuery query)
    {
        var page = store.QueryIncidents(query);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var h in new[] { "id", "date", "place", "admin1", "cc", "mode", "by", "launched", "intercepted", "jammed", "killed", "injured", "src", "" })
            table.AddColumn(h);
        foreach (var s in page.Items)
        {
            var i = s.Consensus;
            string N(int? v) => v?.ToString() ?? "";
            table.AddRow(new[] { s.Id, DayText.Of(i), i.Place.Name, i.Place.Admin1 ?? "", i.Place.Country, i.Mode.ToWire(),
                i.Attacker ?? "", N(i.Launched), N(i.Intercepted), N(i.Suppressed), N(i.Killed), N(i.Injured), s.Sources.ToString(),
                s.Disputed ? "disputed" : "" }.Select(ConsoleText.Safe).ToArray());
        }
        // Redirected output has no terminal width (Spectre would squeeze the table into 80 columns) and no colours.
        var console = ConsoleText.Stdout(width: 240);
        console.Write(table);
        console.MarkupLine($"[grey]{page.Items.Count} of {page.Total} incidents[/]");
    }
}
