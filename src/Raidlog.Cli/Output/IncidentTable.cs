using Raidlog.Cli.Commands;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Spectre.Console;

namespace Raidlog.Cli.Output;

/// <summary>
/// The human view of extract: one row per incident. Rows are flushed in tables of a few hundred so a
/// large folder never piles up in memory. Every cell is plain text: article text is never markup.
/// </summary>
sealed class IncidentTable(IAnsiConsole console) : IExtractionWriter
{
    const int RowsPerTable = 200;
    static readonly string[] Columns = ["article", "date", "place", "admin1", "country", "mode", "attacker", "figures", "claimant"];
    Table? _table;

    public void Write(Extraction extraction)
    {
        var id = extraction.Article.Id;
        if (extraction.Incidents.Count == 0)
            Add(id, "", "(no incidents)", "", "", "", "", "", "");
        foreach (var i in extraction.Incidents)
            Add(id, DayText.Of(i), i.Place.Name, i.Place.Admin1 ?? "", i.Place.Country ?? "",
                i.Mode.ToWire(), i.Attacker ?? "", Figures(i), Claimants(i));
    }

    public void Finish()
    {
        if (_table is { Rows.Count: > 0 }) console.Write(_table);
        _table = null;
    }

    void Add(params string[] cells)
    {
        _table ??= NewTable();
        _table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(ConsoleText.Plain(c))).ToArray());
        if (_table.Rows.Count >= RowsPerTable) Finish();
    }

    static Table NewTable()
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in Columns) table.AddColumn(new TableColumn(new Spectre.Console.Text(column, new Style(decoration: Decoration.Bold))));
        return table;
    }

    static string Figures(Incident i) => string.Join(" ", Enum.GetValues<Figure>()
        .Where(f => i.Get(f) is not null)
        .Select(f => $"{f.ToWire()} {i.Get(f)}"));

    static string Claimants(Incident i) => string.Join("; ", i.Claims
        .Select(c => c.Claimant).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
}
