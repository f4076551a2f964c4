using System.CommandLine;
using Raidlog.Articles;
using Raidlog.Cleaning;
using Raidlog.Cli.Output;
using Raidlog.Pipeline;
using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>
/// `raidlog extract PATH... [--format jsonl|table]`: one record per incident, per FORMAT.md.
/// Bad inputs are one line each on stderr; exit 0 when anything was extracted, 1 when every input failed.
/// </summary>
static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt, .json, .jsonl) or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (FORMAT.md, one line per article) or table", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var noClean = new Option<bool>("--no-clean") { Description = "Skip page-noise cleaning (to measure what it is worth)" };
        var explain = new Option<bool>("--explain") { Description = "Print, per sentence, what was recognised and where each figure went (to stderr)" };
        var command = new Command("extract", "Extract incidents from reports") { paths, format, noClean, explain };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format)!, result.GetValue(noClean), result.GetValue(explain)));
        return command;
    }

    static int Run(string[] paths, string format, bool noClean, bool explain)
    {
        var extractor = noClean ? Extractors.Default(Cleaners.None()) : Extractors.Default();
        using var stdout = Console.OpenStandardOutput();
        using var jsonl = format == "jsonl" ? new JsonLinesWriter(stdout) : null;
        IExtractionWriter writer = jsonl ?? (IExtractionWriter)new IncidentTable(ConsoleText.Stdout(width: 180));
        var progress = new ProgressLine();
        int done = 0, failed = 0;
        foreach (var read in ArticleReader.ReadAll(paths))
        {
            string? error = read.Error;
            var extraction = read.Article is null ? null : TryExtract(extractor, read.Article, explain, out error);
            if (extraction is null)
            {
                progress.Clear();
                Console.Error.WriteLine($"raidlog: {ConsoleText.Plain(read.Source)}: {ConsoleText.Plain(error)}");
                failed++;
            }
            else
            {
                writer.Write(extraction);
                done++;
            }
            progress.Report(done, failed);
        }
        writer.Finish();
        progress.Clear();
        return done > 0 ? 0 : 1;
    }

    // An extractor bug on one article must not end the run: it becomes that article's diagnostic.
    static Extraction? TryExtract(IExtractor extractor, Article article, bool explain, out string? error)
    {
        try
        {
            error = null;
            if (!explain) return extractor.Extract(article);
            var trace = new List<string>();
            var extraction = extractor.Explain(article, trace);
            Console.Error.WriteLine($"== {ConsoleText.Plain(article.Id)}");
            foreach (var line in trace) Console.Error.WriteLine(ConsoleText.Plain(line));
            return extraction;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = $"extraction failed ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})";
            return null;
        }
    }
}
