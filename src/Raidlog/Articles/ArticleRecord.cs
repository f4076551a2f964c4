using System.Text.Json;

namespace Raidlog.Articles;

/// <summary>
/// An article given as a JSON record: {"id", "text", "published", "outlet", "url", "language"}.
/// The metadata may also sit in a "source" block, as in FORMAT.md's gold files.
/// </summary>
public static class ArticleRecord
{
    static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses one record; the fallback id is used when the record has none.</summary>
    public static (Article? Article, string? Error) Parse(ReadOnlyMemory<byte> json, string fallbackId)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Lenient);
            return FromElement(doc.RootElement, fallbackId);
        }
        catch (JsonException e) { return (null, $"malformed JSON ({FirstLine(e.Message)})"); }
    }

    public static (Article? Article, string? Error) FromElement(JsonElement e, string fallbackId)
    {
        if (e.ValueKind != JsonValueKind.Object) return (null, "not an article record (expected a JSON object)");
        if (!e.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            return (null, "not an article record (no \"text\" string)");
        var body = text.GetString()!;
        if (string.IsNullOrWhiteSpace(body)) return (null, "empty: no text");
        var id = e.TryGetProperty("id", out var i) && i.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? i.ToString() : fallbackId;
        var meta = e.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? source : e;
        return (new Article(id, body, ArticleReader.FromJson(meta)), null);
    }

    static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
