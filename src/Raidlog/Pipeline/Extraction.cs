using Raidlog.Articles;
using Raidlog.Incidents;

namespace Raidlog.Pipeline;

/// <summary>What the pipeline made of one article.</summary>
public sealed record Extraction(Article Article, IReadOnlyList<Incident> Incidents);
