using System.CommandLine;
using Raidlog.Cli.Output;
using Raidlog.Incidents;
using Raidlog.Storage.Views;
using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog show ID`: an incident's consensus, every report side by side with its claimants, the evidence, the revisions.</summary>
static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "Incident id (from `raidlog incidents`)" };
        var db = StoreOptions.Db();
        var command = new Command("show", "Show one incident with all its sources") { id, db };
        command.SetAction(r => StoreOptions.WithStore(r.GetValue(db)!, store =>
        {
            var detail = store.GetIncident(r.GetValue(id)!);
            if (detail is null)
            {
                Console.Error.WriteLine($"raidlog: no incident {r.GetValue(id)}");
                return 1;
            }
            Print(detail);
            return 0;
        }));
        return command;
    }

    static void Print(IncidentDetail d)
    {
        var i = d.Summary.Consensus;
        string E(string? s) => ConsoleText.Safe(s);
        var console = ConsoleText.Stdout(width: 200);
        console.MarkupLine($"[bold]{E(d.Summary.Id)}[/]  {E(DayText.Of(i))}  {E(i.Place.Name)}, {E(i.Place.Admin1)}, {E(i.Place.Country)}  " +
                               $"{i.Mode.ToWire()}  attacker {E(i.Attacker ?? "?")}  {d.Summary.Sources} sources{(d.Summary.Disputed ? "  [red]disputed[/]" : "")}");

        var consensus = new Table().Border(TableBorder.Simple).AddColumns("figure", "consensus", "range", "said by", "sources");
        foreach (var f in d.Figures.Where(f => f.Value != null))
            consensus.AddRow(f.Figure.ToWire(), f.Value.ToString()!, f.Disputed ? $"[red]{f.Min}–{f.Max}[/]" : $"{f.Min}", E(f.Claimant), f.Reports.ToString());
        console.Write(consensus);

        var side = new Table().Border(TableBorder.Rounded).AddColumn("");
        foreach (var r in d.Reports) side.AddColumn(E($"{r.Outlet ?? "?"}\n{r.ArticleId}"));
        void Row(string label, Func<ReportView, string?> cell) => side.AddRow(new[] { label }.Concat(d.Reports.Select(r => E(cell(r)))).ToArray());
        Row("published", r => r.Published?.ToString("yyyy-MM-dd"));
        Row("date", r => DayText.Of(r.Report));
        Row("place", r => $"{r.Report.Place.Name} ({r.Report.Place.Admin1})");
        Row("mode", r => r.Report.Mode.ToWire());
        Row("attacker", r => r.Report.Attacker);
        foreach (var f in Enum.GetValues<Figure>())
            Row(f.ToWire(), r => r.Report.Get(f) is { } v ? $"{v} ({ClaimantOf(r, f) ?? "unattributed"})" : "");
        console.Write(side);

        foreach (var r in d.Reports)
        {
            console.MarkupLine($"[bold]{E(r.Outlet ?? r.ArticleId)}[/] {E(r.Url)}");
            foreach (var e in r.Evidence) console.MarkupLine($"  [grey]“{E(e.Text)}”[/]");
            foreach (var c in r.Claims.Where(c => c.Field is "denial" or "attacker"))
                console.MarkupLine($"  {E(c.Field)}: {E(c.Claimant)} — [grey]“{E(c.Text)}”[/]");
        }
        foreach (var v in d.Revisions)
            console.MarkupLine($"revision: {E(v.Field)} {v.OldValue} → {v.NewValue} after {E(v.ArticleId)} ({v.At:yyyy-MM-dd HH:mm})");
    }

    static string? ClaimantOf(ReportView r, Figure f) =>
        r.Claims.FirstOrDefault(c => c.Field == f.ToWire() && !string.IsNullOrWhiteSpace(c.Claimant))?.Claimant;
}
