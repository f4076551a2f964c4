using System.CommandLine;

namespace Raidlog.Cli.Commands;

/// <summary>`raidlog eval GOLD_DIR`: extract and score against gold, as ../shared/eval/score.py does.</summary>
static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Folder of ID.txt + ID.json gold pairs" };
        var command = new Command("eval", "Extract a gold corpus and score it") { gold };
        command.SetAction(result =>
        {
            Console.Error.WriteLine("raidlog eval: not implemented yet");
            return 2;
        });
        return command;
    }
}
