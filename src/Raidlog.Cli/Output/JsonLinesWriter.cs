using System.Text.Json;
using Raidlog.Incidents;
using Raidlog.Pipeline;

namespace Raidlog.Cli.Output;

/// <summary>FORMAT.md's extractor output: one {"id", "incidents"} object per line, written as it comes.</summary>
sealed class JsonLinesWriter : IExtractionWriter, IDisposable
{
    readonly Stream _out;
    readonly Utf8JsonWriter _json;

    public JsonLinesWriter(Stream output)
    {
        _out = new BufferedStream(output, 64 * 1024);
        _json = new Utf8JsonWriter(_out);
    }

    public void Write(Extraction extraction)
    {
        IncidentJson.WriteExtraction(_json, extraction);
        _json.Flush();
        _json.Reset();
        _out.WriteByte((byte)'\n');
    }

    public void Finish() => _out.Flush();

    public void Dispose()
    {
        _json.Dispose();
        _out.Dispose();
    }
}
