using Raidlog.Storage.Views;

namespace Raidlog.Web.Api.Wire;

/// <summary>A stored article: metadata, its text exactly as read (a JSON string, never markup), and its reports.</summary>
public sealed record ArticleDocument(
    string Id, string? Outlet, string? Url, string? Published, string Language, string Hash, DateTimeOffset IngestedAt,
    string Text, IReadOnlyList<ReportItem> Reports)
{
    public static ArticleDocument From(ArticleView a) => new(
        a.Id, a.Metadata.Outlet, a.Metadata.Url, a.Metadata.Published?.ToString("yyyy-MM-dd"), a.Metadata.Language,
        a.Hash, a.IngestedAt, a.Text, a.Reports.Select(ReportItem.From).ToList());
}

/// <summary>What POST /api/articles did with each article it was given, in order.</summary>
public sealed record IngestResult(int Stored, int Duplicates, int Failed, IReadOnlyList<IngestItem> Articles);

public sealed record IngestItem(string? Id, string Status, int Reports, int IncidentsCreated, int IncidentsJoined, string? Error);
