using Raidlog.Geography;
using Raidlog.Text;

namespace Raidlog.Incidents;

/// <summary>
/// One attack at one place on one date, as one article reports it (a "report" once stored).
/// Figures are null when the article states none.
/// </summary>
public sealed record Incident
{
    public DateOnly? Date { get; init; }
    /// <summary>The month and day when the report gives them without a year (its article prints no year and has no
    /// publication date); Date is then null. Merging still tells such a report's days apart.</summary>
    public MonthDay? DayWithoutYear { get; init; }
    /// <summary>The report tells of another time than its article's story without giving the day ("earlier this month",
    /// "in May 2023"): Date is null, and the publication date does not stand in for it.</summary>
    public bool AnotherTime { get; init; }
    public required Place Place { get; init; }
    public AttackMode Mode { get; init; }
    /// <summary>ISO2 of the side the article says attacked, or null.</summary>
    public string? Attacker { get; init; }
    public int? Launched { get; init; }
    public int? Intercepted { get; init; }
    public int? Suppressed { get; init; }
    public int? Killed { get; init; }
    public int? Injured { get; init; }
    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public int? Get(Figure figure) => figure switch
    {
        Figure.Launched => Launched,
        Figure.Intercepted => Intercepted,
        Figure.Suppressed => Suppressed,
        Figure.Killed => Killed,
        Figure.Injured => Injured,
        _ => null,
    };
}
