using System.CommandLine;
using Raidlog.Articles;
using Raidlog.Pipeline;
using Raidlog.Storage.Ingestion;
using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog ingest PATH... [--db ...]`: read, extract, store and merge; idempotent, one transaction per batch of articles.</summary>
static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar, only the summary" };
        var command = new Command("ingest", "Extract reports and merge them into the incident store") { paths, db, quiet };
        command.SetAction(r => StoreOptions.WithStore(r.GetValue(db)!, store =>
        {
            var ingestor = new ArticleIngestor(store, Extractors.Default());
            var inputs = ArticleReader.ReadAll(r.GetValue(paths)!);
            var totals = Console.IsErrorRedirected || r.GetValue(quiet) ? RunPlain(ingestor, inputs) : RunWithBar(ingestor, inputs);
            Console.Error.WriteLine($"raidlog: {totals}");
            return totals.Failed > 0 && totals.Stored + totals.Duplicates == 0 ? 1 : 0;
        }));
        return command;
    }

    static IngestTotals RunPlain(ArticleIngestor ingestor, IEnumerable<ReadResult> inputs)
    {
        ingestor.Progress += step => { if (step.Error != null) Console.Error.WriteLine($"raidlog: {step.Error}"); };
        return ingestor.Run(inputs);
    }

    /// <summary>The total is not known in advance (folders are read lazily), so the bar counts and spins.</summary>
    static IngestTotals RunWithBar(ArticleIngestor ingestor, IEnumerable<ReadResult> inputs)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestTotals totals = null!;
        console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingesting").IsIndeterminate();
                int seen = 0, stored = 0, failed = 0;
                ingestor.Progress += step =>
                {
                    seen++;
                    if (step.Error != null) { failed++; console.MarkupLineInterpolated($"[red]raidlog: {step.Error}[/]"); }
                    else if (step.Outcome is { Duplicate: false }) stored++;
                    task.Description = $"{seen} read, {stored} stored, {failed} failed";
                };
                totals = ingestor.Run(inputs);
                task.StopTask();
            });
        return totals;
    }
}
