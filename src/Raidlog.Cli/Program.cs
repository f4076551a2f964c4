using System.CommandLine;
using Raidlog.Cli.Commands;

var root = new RootCommand("Raidlog: news reports of attacks from the air, turned into a record of incidents.")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    IngestCommand.Create(),
    IncidentsCommand.Create(),
    ShowCommand.Create(),
    ExportCommand.Create(),
    GeocodeCommand.Create(),
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
