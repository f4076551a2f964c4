using Raidlog.Articles;

namespace Raidlog.Storage.Views;

/// <summary>A stored article: its text as read, metadata, content hash, and the reports extracted from it.</summary>
public sealed record ArticleView(
    string Id,
    string Hash,
    ArticleMetadata Metadata,
    string Text,
    DateTimeOffset IngestedAt,
    IReadOnlyList<ReportView> Reports);
