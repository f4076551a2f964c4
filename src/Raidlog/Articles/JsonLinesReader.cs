namespace Raidlog.Articles;

/// <summary>
/// Reads a .jsonl file: one article record per line, streamed. A bad line is a diagnostic naming
/// file:line and the following lines are still read.
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string file)
    {
        Stream stream;
        try { stream = File.OpenRead(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(file, "cannot read: " + ArticleReader.OneLine(e.Message))];
        }
        return Lines(file, stream);
    }

    static IEnumerable<ReadResult> Lines(string file, Stream stream)
    {
        using var _ = stream;
        var lines = new BoundedLineReader(stream, ReadLimits.MaxArticleBytes);
        var stem = Path.GetFileNameWithoutExtension(file);
        var any = false;
        while (true)
        {
            ReadResult? result;
            try
            {
                if (lines.Next() is not var (line, oversized)) break;
                var where = $"{file}:{lines.LineNumber}";
                if (oversized) result = ReadResult.Fail(where, $"record too large (more than {ReadLimits.MaxArticleBytes / (1024 * 1024)} MB on one line)");
                else if (line.Span.Trim(" \t"u8).IsEmpty) result = null;
                else
                {
                    var (article, error) = ArticleRecord.Parse(line, $"{stem}-{lines.LineNumber}");
                    result = article is null ? ReadResult.Fail(where, error!) : ReadResult.Ok(where, ArticleReader.WithPublishedFromText(article));
                }
            }
            catch (IOException e) { result = ReadResult.Fail($"{file}:{lines.LineNumber + 1}", "cannot read: " + ArticleReader.OneLine(e.Message)); }
            if (result is null) continue;
            any = true;
            yield return result;
            if (result.Error?.StartsWith("cannot read") == true) yield break;
        }
        if (!any) yield return ReadResult.Fail(file, "empty: no records");
    }
}
