using Raidlog.Text;

namespace Raidlog.Incidents;

/// <summary>
/// Who said a figure, and where. Field is a <see cref="Figure"/> wire name, or "attacker"/"denial"
/// for accusations and denials ("Kyiv denied involvement").
/// </summary>
public sealed record Claim(string Field, int? Value, string? Claimant, TextSpan Span);
