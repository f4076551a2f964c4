using Raidlog.Text;

namespace Raidlog.Recognition.Claims;

/// <summary>What sort of source a claimant is; a named official or body outranks an outlet or "officials".</summary>
public enum SourceKind { Person, Title, Organisation, Group, Outlet }

/// <summary>
/// The source a sentence attributes its statement to. <see cref="Claimant"/> is normalised ("Russian Defence
/// Ministry", "Belgorod governor Vyacheslav Gladkov"); <see cref="Side"/> is the ISO2 the source speaks for, when
/// known (for "enemy"). Span is a UTF-16 range of the sentence searched, or of the previous sentence when
/// <see cref="InPreviousSentence"/> (a quote attributed just before it, or "he said").
/// </summary>
public sealed record ClaimantMention(TextSpan Span, string Claimant, string? Side, SourceKind Kind, bool InPreviousSentence = false);
