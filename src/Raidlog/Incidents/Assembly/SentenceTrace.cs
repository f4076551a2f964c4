using Raidlog.Recognition;
using Raidlog.Recognition.Times;

namespace Raidlog.Incidents.Assembly;

/// <summary>One line per sentence for `extract --explain`: what each recogniser found, so a wrong figure can be traced to its cause.</summary>
static class SentenceTrace
{
    public static string Describe(SentenceMentions s, DateOnly? date)
    {
        string Words(int start, int end) => string.Join(' ', s.Tokens.Skip(start).Take(end - start).Select(t => t.Norm));
        var parts = new List<string> { $"#{s.Sentence.Index} date={(date is { } d ? YearUnknown.Iso(d) : "-")}" };
        if (s.Numbers.Count > 0) parts.Add("numbers[" + string.Join(", ", s.Numbers.Select(n => $"{Words(n.Start, n.End)}={n.Value?.ToString() ?? "vague"}")) + "]");
        if (s.Weapons.Count > 0) parts.Add("weapons[" + string.Join(", ", s.Weapons.Select(w => $"{Words(w.Start, w.End)}:{w.Value.Mode}")) + "]");
        if (s.Outcomes.Count > 0) parts.Add("outcomes[" + string.Join(", ", s.Outcomes.Select(o => $"{Words(o.Start, o.End)}:{o.Value}")) + "]");
        if (s.Casualties.Count > 0) parts.Add("casualties[" + string.Join(", ", s.Casualties.Select(c => $"{Words(c.Start, c.End)}:{c.Value}")) + "]");
        if (s.Places.Count > 0) parts.Add("places[" + string.Join(", ", s.Places.Select(p => $"{Words(p.Start, p.End)}→{p.Place.Name}/{p.Cue}/g{p.Group}")) + "]");
        return string.Join("  ", parts);
    }
}
