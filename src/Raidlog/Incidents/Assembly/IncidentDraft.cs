using Raidlog.Geography;
using Raidlog.Recognition.Times;
using Raidlog.Text;

namespace Raidlog.Incidents.Assembly;

/// <summary>An incident being gathered from the sentences that mention it.</summary>
sealed class IncidentDraft(Place place, DateOnly? date)
{
    public Place Place { get; } = place;
    public DateOnly? Date { get; } = date;
    public Dictionary<AttackMode, int> Modes { get; } = [];
    public Dictionary<string, int> Attackers { get; } = [];
    public Dictionary<Figure, FigureParts> Figures { get; } = [];
    public List<TextSpan> Evidence { get; } = [];
    public List<Claim> Claims { get; } = [];

    /// <summary>"All were shot down": the outcome that takes the launched figure if no outcome is counted for this attack.</summary>
    public (Frame Frame, string? Claimant)? All { get; set; }
    /// <summary>Named in a list of three or more regions ("shot down over Poltava, Sumy, Kyiv … regions"): one part of a
    /// wave, not the region told of around its namesake city.</summary>
    public bool InRegionList { get; set; }

    /// <summary>Settles "all": the launched total becomes the outcome when the text gave no intercepted or suppressed figure.</summary>
    void SettleAll()
    {
        if (All is not { } all || Figures.ContainsKey(Figure.Intercepted) || Figures.ContainsKey(Figure.Suppressed)
            || !Figures.TryGetValue(Figure.Launched, out var launched)) return;
        AddFigure(all.Frame with { Value = launched.Total });
        Claims.Add(new Claim(all.Frame.Figure.ToWire(), launched.Total, all.Claimant, all.Frame.Evidence));
    }

    public void AddMode(AttackMode mode)
    {
        if (mode != AttackMode.Unknown) Modes[mode] = Modes.GetValueOrDefault(mode) + 1;
    }

    public void AddEvidence(TextSpan span)
    {
        if (!Evidence.Contains(span)) Evidence.Add(span);
    }

    /// <summary>Adds a sentence's figure; see <see cref="FigureParts"/> for how parts and updates combine.</summary>
    public void AddFigure(Frame f)
    {
        if (!Figures.TryGetValue(f.Figure, out var parts)) Figures[f.Figure] = parts = new FigureParts();
        parts.Add(f, keepLargest: Place.Precision == PlacePrecision.Country);
        AddMode(f.Mode);
        AddEvidence(f.Evidence);
    }

    /// <summary>Forgets a figure and its claims (another incident holds it).</summary>
    public void Drop(Figure figure)
    {
        Figures.Remove(figure);
        Claims.RemoveAll(c => c.Field == figure.ToWire());
    }

    /// <summary>Takes in a draft of the same attack: its figures where this one has none, and all its evidence.</summary>
    public void Absorb(IncidentDraft other)
    {
        foreach (var (figure, parts) in other.Figures) Figures.TryAdd(figure, parts);
        foreach (var (mode, n) in other.Modes) Modes[mode] = Modes.GetValueOrDefault(mode) + n;
        foreach (var (side, n) in other.Attackers) Attackers[side] = Attackers.GetValueOrDefault(side) + n;
        foreach (var span in other.Evidence) AddEvidence(span);
        All ??= other.All;
        Claims.AddRange(other.Claims);
    }

    public AttackMode Mode =>
        Modes.ContainsKey(AttackMode.Drone) && Modes.ContainsKey(AttackMode.Missile) ? AttackMode.Mixed
        : Modes.Count == 0 ? AttackMode.Unknown
        : Modes.OrderByDescending(kv => kv.Value).First().Key;

    public Incident ToIncident(Func<TextSpan, TextSpan> toOriginal)
    {
        SettleAll();
        return new()
        {
            Date = YearUnknown.Known(Date),
            DayWithoutYear = YearUnknown.DayOf(Date),
            AnotherTime = YearUnknown.IsElsewhen(Date),
            Place = Place,
            Mode = Mode,
            Attacker = Attackers.Count == 0 ? null : Attackers.OrderByDescending(kv => kv.Value).First().Key,
            Launched = Get(Figure.Launched),
            Intercepted = Get(Figure.Intercepted),
            Suppressed = Get(Figure.Suppressed),
            Killed = Get(Figure.Killed),
            Injured = Get(Figure.Injured),
            Evidence = Evidence.Select(toOriginal).ToList(),
            Claims = Claims.Select(c => c with { Span = toOriginal(c.Span) }).ToList(),
        };
    }

    int? Get(Figure f) => Figures.TryGetValue(f, out var v) ? v.Total : null;
}
