using Raidlog.Text;

namespace Raidlog.Incidents;

/// <summary>
/// Who said a figure, and where. Field is a <see cref="Figure"/> wire name, or "attacker", or a stance:
/// "denial", "accusation", "admission", "unverified" ("Kyiv denied involvement").
/// Actor is the ISO2 of the side the claim is about, when clear (the side denying, accused or admitting).
/// </summary>
public sealed record Claim(string Field, int? Value, string? Claimant, TextSpan Span, string? Actor = null);
