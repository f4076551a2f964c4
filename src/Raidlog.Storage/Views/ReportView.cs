using Raidlog.Incidents;

namespace Raidlog.Storage.Views;

/// <summary>
/// One article's account of an incident: the article's id, outlet, url and publication date, and what it
/// reported (its own date, place, mode, figures, evidence spans and claims) as an engine <see cref="Incident"/>.
/// Evidence and Claims carry the quoted text so a reader needs no second lookup.
/// </summary>
public sealed record ReportView(
    long Id,
    string IncidentId,
    string ArticleId,
    int Ordinal,
    string? Outlet,
    string? Url,
    DateOnly? Published,
    Incident Report,
    IReadOnlyList<EvidenceView> Evidence,
    IReadOnlyList<ClaimView> Claims);

/// <summary>A span of the article text and the text itself.</summary>
public sealed record EvidenceView(int Start, int End, string Text);

/// <summary>Who said what: a figure ("launched"...), or "attacker"/"denial"; the claimant; the sentence span.</summary>
public sealed record ClaimView(string Field, int? Value, string? Claimant, int Start, int End, string Text);
