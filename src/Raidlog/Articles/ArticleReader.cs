using System.Text;
using System.Text.Json;

namespace Raidlog.Articles;

/// <summary>
/// Reads reports from files and folders: ID.txt (with ID.meta.json, or a gold ID.json's "source" block, beside it).
/// A failure is a value naming the file; the other files are still read.
/// </summary>
public static class ArticleReader
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    yield return ReadText(file);
            }
            else if (File.Exists(path))
                yield return ReadText(path);
            else
                yield return ReadResult.Fail(path, "no such file or folder");
        }
    }

    public static ReadResult ReadText(string file)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(file));
        }
        catch (DecoderFallbackException) { return ReadResult.Fail(file, "not valid UTF-8 text"); }
        catch (IOException e) { return ReadResult.Fail(file, e.Message); }
        catch (UnauthorizedAccessException e) { return ReadResult.Fail(file, e.Message); }
        var id = Path.GetFileNameWithoutExtension(file);
        return ReadResult.Ok(file, new Article(id, text, MetadataBeside(file, id)));
    }

    static ArticleMetadata MetadataBeside(string file, string id)
    {
        var dir = Path.GetDirectoryName(file) ?? ".";
        var meta = Path.Combine(dir, id + ".meta.json");
        if (File.Exists(meta) && TryParse(meta, null) is { } m) return m;
        var gold = Path.Combine(dir, id + ".json");
        if (File.Exists(gold) && TryParse(gold, "source") is { } g) return g;
        return new ArticleMetadata();
    }

    static ArticleMetadata? TryParse(string file, string? property)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = doc.RootElement;
            if (property != null && !root.TryGetProperty(property, out root)) return null;
            return FromJson(root);
        }
        catch (JsonException) { return null; }
        catch (IOException) { return null; }
    }

    public static ArticleMetadata FromJson(JsonElement e)
    {
        string? Str(string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var published = Str("published") is { Length: >= 10 } p && DateOnly.TryParse(p[..10], out var d) ? d : (DateOnly?)null;
        return new ArticleMetadata(published, Str("outlet"), Str("url"), Str("language") ?? "en");
    }
}
