using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Raidlog.Articles;
using Raidlog.Evaluation;
using Raidlog.Incidents;
using Raidlog.Pipeline;

namespace Raidlog.Cli.Commands;

/// <summary>
/// `raidlog eval GOLD_DIR [PRED.jsonl] [--verbose]`: extract the gold folder's articles (or read an existing
/// predictions file) and score them exactly as ../shared/eval/score.py does.
/// </summary>
static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Folder of ID.txt + ID.json gold pairs" };
        var predictions = new Argument<string?>("predictions") { Description = "Score this JSONL file instead of extracting", Arity = ArgumentArity.ZeroOrOne };
        var verbose = new Option<bool>("--verbose") { Description = "List missed, extra and mismatched incidents" };
        var command = new Command("eval", "Extract a gold corpus and score it") { gold, predictions, verbose };
        command.SetAction(result => Run(result.GetValue(gold)!, result.GetValue(predictions), result.GetValue(verbose)));
        return command;
    }

    static int Run(string goldDir, string? predictionsFile, bool verbose)
    {
        if (!Directory.Exists(goldDir))
        {
            Console.Error.WriteLine($"raidlog eval: {goldDir}: no such folder");
            return 2;
        }
        Dictionary<string, List<JsonObject>> preds;
        try
        {
            preds = predictionsFile is null ? Extract(goldDir) : Scorer.ReadPredictions(File.ReadLines(predictionsFile));
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"raidlog eval: {predictionsFile}: {e.Message}");
            return 2;
        }
        var score = Scorer.Score(goldDir, preds, verbose);
        foreach (var line in score.Lines.Concat(score.Summary())) Console.WriteLine(line);
        return 0;
    }

    static Dictionary<string, List<JsonObject>> Extract(string goldDir)
    {
        var extractor = Extractors.Default();
        var preds = new Dictionary<string, List<JsonObject>>();
        foreach (var read in ArticleReader.ReadAll([goldDir]))
        {
            if (read.Article is null) { Console.Error.WriteLine($"raidlog: {read.Source}: {read.Error}"); continue; }
            var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer)) IncidentJson.WriteExtraction(w, extractor.Extract(read.Article));
            var obj = JsonNode.Parse(buffer.ToArray())!.AsObject();
            preds[read.Article.Id] = Scorer.Objects(obj["incidents"]);
        }
        return preds;
    }
}
