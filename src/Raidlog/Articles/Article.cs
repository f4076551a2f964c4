namespace Raidlog.Articles;

/// <summary>One report as read: its text exactly as published, plus what we know about it.</summary>
/// <param name="Id">The input file's name without extension, or the record's own id.</param>
/// <param name="Text">The text as read; every evidence offset is a UTF-16 index into it.</param>
public sealed record Article(string Id, string Text, ArticleMetadata Metadata);

/// <param name="Published">Publication date: the anchor for "Tuesday", "last night", "yesterday".</param>
public sealed record ArticleMetadata(
    DateOnly? Published = null,
    string? Outlet = null,
    string? Url = null,
    string Language = "en");
