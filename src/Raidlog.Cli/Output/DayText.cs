using Raidlog.Incidents;

namespace Raidlog.Cli.Output;

/// <summary>The day a table shows for an incident or report: "2023-05-30", "--05-30" when no year is known, else "?".</summary>
static class DayText
{
    public static string Of(Incident i) => i.Date?.ToString("yyyy-MM-dd") ?? i.DayWithoutYear?.Iso ?? "?";
}
