using Raidlog.Incidents;
using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

public enum StanceKind { Denial, Accusation, Admission, Unverified }

/// <summary>
/// A statement about who attacked: "Ukraine denied involvement" (Denial, Subject UA), "Kyiv blamed Moscow"
/// (Accusation, Speaker UA, Subject RU), "the Houthis claimed responsibility" (Admission, Subject YE),
/// "Reuters could not independently verify" (Unverified). Subject is the side whose part in the attack is at
/// stake, when the sentence makes it clear. Span is a UTF-16 range of the sentence searched.
/// </summary>
public sealed record StanceMention(TextSpan Span, StanceKind Kind, string? Speaker, string? Subject, string? Claimant)
{
    /// <summary>As an incident claim: Field is the kind's wire name ("denial"), the claimant the speaker.</summary>
    public Claim ToClaim(int offset = 0) =>
        new(Kind.ToString().ToLowerInvariant(), null, Claimant, new TextSpan(Span.Start + offset, Span.End + offset), Subject);
}
