using System.CommandLine;
using Raidlog.Incidents;
using Raidlog.Storage;
using Raidlog.Storage.Queries;

namespace Raidlog.Cli.Commands;

/// <summary>Options shared by the store verbs: --db, and the incident filters of `incidents` and `export`.</summary>
static class StoreOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite file, or a PostgreSQL connection string starting with Host=",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("RAIDLOG_DB") ?? RaidlogStore.DefaultPath,
    };

    /// <summary>Opens the store or prints one line saying why not (exit code 2).</summary>
    public static int WithStore(string db, Func<IRaidlogStore, int> work)
    {
        try
        {
            using var store = RaidlogStore.Open(db);
            return work(store);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine($"raidlog: {e.Message}");
            return 2;
        }
    }
}

/// <summary>The incident filters as CLI options, turned into an <see cref="IncidentQuery"/>.</summary>
sealed class FilterOptions
{
    readonly Option<DateOnly?> _since = new("--since", "--from") { Description = "First date (YYYY-MM-DD), inclusive" };
    readonly Option<DateOnly?> _until = new("--until", "--to") { Description = "Last date (YYYY-MM-DD), inclusive" };
    readonly Option<string?> _country = new("--country") { Description = "ISO2 country code of the place hit (RU, UA, ...)" };
    readonly Option<string?> _admin1 = new("--admin1") { Description = "First-level region (GeoNames English name)" };
    readonly Option<string?> _mode = new("--mode") { Description = "drone, missile, air, artillery, mixed or unknown" };
    readonly Option<string?> _attacker = new("--attacker") { Description = "ISO2 code of the attacking side" };
    readonly Option<bool?> _disputed = new("--disputed") { Description = "Only incidents whose sources disagree (true) or agree (false)" };
    readonly Option<string?> _text = new("--text") { Description = "Words in the place, region or evidence" };

    public FilterOptions() => _mode.AcceptOnlyFromAmong("drone", "missile", "air", "artillery", "mixed", "unknown");

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { _since, _until, _country, _admin1, _mode, _attacker, _disputed, _text })
            command.Options.Add(o);
    }

    public IncidentQuery Query(ParseResult r) => new()
    {
        From = r.GetValue(_since),
        To = r.GetValue(_until),
        Country = r.GetValue(_country),
        Admin1 = r.GetValue(_admin1),
        Mode = r.GetValue(_mode) is { } m ? AttackModeNames.Parse(m) : null,
        Attacker = r.GetValue(_attacker),
        Disputed = r.GetValue(_disputed),
        Text = r.GetValue(_text),
    };
}
