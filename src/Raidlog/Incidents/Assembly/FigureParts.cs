namespace Raidlog.Incidents.Assembly;

/// <summary>
/// One figure of an incident as the parts the text gave for it. Parts of one sentence add up ("30 drones and one
/// missile"). A later sentence replaces what it restates ("the toll has risen to four", a headline then the body) but
/// adds another kind of weapon ("... also launched four missiles"): weapon parts are kept apart by mode, people never are.
/// A count of people is only ever revised upwards: a smaller one later is a part of the toll.
/// </summary>
sealed class FigureParts
{
    readonly record struct Part(AttackMode Mode, string Noun, int Value, int Sentence, bool Separable);

    readonly List<Part> _parts = [];

    public int Total
    {
        get { int sum = 0; foreach (var p in _parts) sum += p.Value; return sum; }
    }

    /// <param name="keepLargest">a country's wave total: a smaller restatement is a part of the country, not an update</param>
    public void Add(Frame f, bool keepLargest)
    {
        bool separable = !f.Figure.CountsPeople() && f.Noun != ""
            && f.Mode is AttackMode.Drone or AttackMode.Missile or AttackMode.Artillery or AttackMode.Air;
        // "two additional fighters killed": added to the toll, whatever was told before
        if (f.Noun.StartsWith(FrameBuilder.Additional) && _parts.Count > 0 && !_parts.Any(p => p.Sentence == f.Sentence && p.Noun == f.Noun))
        {
            _parts.Add(new Part(f.Mode, f.Noun, f.Value, f.Sentence, false));
            return;
        }
        bool Restated(Part p) => p.Sentence == f.Sentence ? p.Noun == f.Noun : !(separable && p.Separable && p.Mode != f.Mode);
        int restated = 0, count = 0;
        foreach (var p in _parts) if (Restated(p)) { restated += p.Value; count++; }
        if (keepLargest && count > 0 && restated >= f.Value) return;
        // a smaller count of people in a later sentence is part of the toll ("three of them in the Dniprovskyi district"),
        // not a revision: tolls are revised upwards
        if (!separable && f.Figure.CountsPeople() && count > 0 && restated > f.Value && _parts.All(p => p.Sentence != f.Sentence)) return;
        // the hospitalised are a subset of the injured: they never lower an injured figure, and any injured figure replaces them
        if (f.Noun == FrameBuilder.Hospitalised && _parts.Count > 0 && Total >= f.Value) return;
        _parts.RemoveAll(Restated);
        _parts.Add(new Part(f.Mode, f.Noun, f.Value, f.Sentence, separable));
    }
}
