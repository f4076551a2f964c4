using System.CommandLine;
using System.Text.Json;
using Raidlog.Articles;
using Raidlog.Incidents;
using Raidlog.Pipeline;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog extract PATH... [--format jsonl|table]`: one record per incident, per FORMAT.md.</summary>
static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("extract", "Extract incidents from reports") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!));
        return command;
    }

    static int Run(string[] paths, string format)
    {
        var extractor = Extractors.Default();
        int ok = 0, failed = 0;
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout);
        foreach (var read in ArticleReader.ReadAll(paths))
        {
            if (read.Article is null)
            {
                Console.Error.WriteLine($"raidlog: {read.Source}: {read.Error}");
                failed++;
                continue;
            }
            var extraction = extractor.Extract(read.Article);
            IncidentJson.WriteExtraction(writer, extraction);
            writer.Flush();
            writer.Reset();
            stdout.WriteByte((byte)'\n');
            ok++;
        }
        return ok > 0 || failed == 0 ? 0 : 1;
    }
}
