using Raidlog.Text;

namespace Raidlog.Recognition.Actors;

/// <summary>Why an attacker was chosen, from firmest to weakest.</summary>
public enum AttackerBasis
{
    /// <summary>The sentence names the side: "Ukrainian drones", "Russia launched", "Hezbollah fired".</summary>
    Stated,
    /// <summary>"enemy drones": the enemy of whoever is speaking (Ukrainian officials' enemy is RU).</summary>
    EnemyOfSpeaker,
    /// <summary>The sentence is silent; the conflict's usual attacker of the target (a strike on Russia -> UA).</summary>
    TargetFallback,
    /// <summary>The sentence is silent and the target has no usual attacker; another sentence names a side.</summary>
    ArticleContext,
    /// <summary>Nothing to go on.</summary>
    Unknown,
}

/// <summary>A side named as attacker in the text. Span is a UTF-16 range of the string searched.</summary>
public sealed record AttackerMention(TextSpan Span, string Iso2, AttackerBasis Basis, string Rule);

/// <summary>The attacker of an incident and how it was found; Span is null unless it came from the sentence.</summary>
public sealed record AttackerGuess(string? Iso2, AttackerBasis Basis, AttackerMention? From)
{
    public static readonly AttackerGuess Unknown = new(null, AttackerBasis.Unknown, null);
}

/// <summary>What the resolver may know beyond the sentence; every part is optional.</summary>
/// <param name="Speaker">ISO2 side of the sentence's claimant (for "enemy"), e.g. ClaimantMention.Side.</param>
/// <param name="TargetCountry">ISO2 of the country hit.</param>
/// <param name="TargetAdmin1">First-level region hit (Crimea has its own fallback).</param>
/// <param name="Article">The attackers stated anywhere in the article (AttackerResolver.FindAll on its text).</param>
public sealed record AttackerContext(
    string? Speaker = null,
    string? TargetCountry = null,
    string? TargetAdmin1 = null,
    IReadOnlyList<AttackerMention>? Article = null);
