using System.Text.Json;
using Raidlog.Languages;

namespace Raidlog.Articles;

/// <summary>
/// Reads reports from files and folders, one at a time (a folder of 100,000 reports never sits in memory):
/// ID.txt (with ID.meta.json, or a gold ID.json's "source" block, beside it), .json records and .jsonl
/// files of records. A failure is a value naming the file (and line); the other inputs are still read.
/// </summary>
public static class ArticleReader
{
    public static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var any = false;
                foreach (var file in InputFiles.In(path))
                    foreach (var result in ReadFile(file))
                    {
                        any = true;
                        yield return result;
                    }
                if (!any) yield return ReadResult.Fail(path, "no .txt, .json or .jsonl reports in this folder");
            }
            else if (File.Exists(path))
                foreach (var result in ReadFile(path))
                    yield return result;
            else
                yield return ReadResult.Fail(path, "no such file or folder");
        }
    }

    public static IEnumerable<ReadResult> ReadFile(string file) =>
        Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".jsonl" => JsonLinesReader.Read(file),
            ".json" => [ReadJson(file)],
            _ => [ReadText(file)],
        };

    public static ReadResult ReadText(string file)
    {
        var (bytes, error) = ReadBytes(file);
        if (bytes is null) return ReadResult.Fail(file, error!);
        var (text, bad) = TextDecoder.Decode(bytes);
        if (text is null) return ReadResult.Fail(file, bad!);
        var id = Path.GetFileNameWithoutExtension(file);
        return ReadResult.Ok(file, WithPublishedFromText(new Article(id, text, MetadataBeside(file, id))));
    }

    public static ReadResult ReadJson(string file)
    {
        var (bytes, error) = ReadBytes(file);
        if (bytes is null) return ReadResult.Fail(file, error!);
        var (article, bad) = ArticleRecord.Parse(bytes, Path.GetFileNameWithoutExtension(file));
        return article is null ? ReadResult.Fail(file, bad!) : ReadResult.Ok(file, WithPublishedFromText(article));
    }

    /// <summary>The whole file, unless it is too large, empty or unreadable (then a one-line reason).</summary>
    static (byte[]? Bytes, string? Error) ReadBytes(string file)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > ReadLimits.MaxArticleBytes) return (null, ReadLimits.TooLarge(length));
            if (length == 0) return (null, "empty file");
            return (File.ReadAllBytes(file), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read: " + OneLine(e.Message));
        }
    }

    /// <summary>What the metadata leaves out, the text tells: the date the page prints for itself, and the
    /// language its common words show (<see cref="LanguageDetector"/>).</summary>
    internal static Article WithPublishedFromText(Article article)
    {
        if (article.Metadata.Language.Length == 0)
            article = article with { Metadata = article.Metadata with { Language = LanguageDetector.Default.Detect(article.Text) } };
        return article.Metadata.Published is null && PublicationDateFinder.For(article.Metadata.Language).Find(article.Text) is { } date
            ? article with { Metadata = article.Metadata with { Published = date } }
            : article;
    }

    /// <summary>"de", "DE", "de-CH" -> "de"; a missing or unreadable tag is not given.</summary>
    static string LanguageCode(string? tag) =>
        tag is { Length: >= 2 } t && char.IsAsciiLetter(t[0]) && char.IsAsciiLetter(t[1]) && (t.Length == 2 || t[2] is '-' or '_')
            ? t[..2].ToLowerInvariant()
            : NotGiven;

    internal static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    static ArticleMetadata MetadataBeside(string file, string id)
    {
        var dir = Path.GetDirectoryName(file) ?? ".";
        var meta = Path.Combine(dir, id + ".meta.json");
        if (File.Exists(meta) && TryParse(meta, null) is { } m) return m;
        var gold = Path.Combine(dir, id + ".json");
        if (File.Exists(gold) && TryParse(gold, "source") is { } g) return g;
        return new ArticleMetadata(Language: NotGiven);
    }

    // A gold file is read for its "source" block and nothing else.
    static ArticleMetadata? TryParse(string file, string? property)
    {
        try
        {
            if (new FileInfo(file).Length > ReadLimits.MaxArticleBytes) return null;
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = doc.RootElement;
            if (property != null && !(root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out root))) return null;
            return root.ValueKind == JsonValueKind.Object ? FromJson(root) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The language of metadata that names none; <see cref="WithPublishedFromText"/> replaces it by the detected one.</summary>
    internal const string NotGiven = "";

    /// <summary>Metadata from a JSON object; Language is <see cref="NotGiven"/> when the object names none.</summary>
    public static ArticleMetadata FromJson(JsonElement e)
    {
        string? Str(string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var published = Str("published") is { Length: >= 10 } p && DateOnly.TryParseExact(p[..10], "yyyy-MM-dd", out var d) ? d : (DateOnly?)null;
        return new ArticleMetadata(published, Str("outlet"), Str("url"), LanguageCode(Str("language")));
    }
}
