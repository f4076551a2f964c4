using System.Buffers;

namespace Raidlog.Articles;

/// <summary>
/// Reads a stream line by line as raw bytes without ever holding more than one line, and never more than
/// <c>maxLineBytes</c> of it: a longer line is skipped to its end and reported as oversized, so one
/// runaway record cannot exhaust memory. Lines are numbered from 1 for diagnostics.
/// </summary>
public sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    readonly byte[] _chunk = new byte[64 * 1024];
    readonly ArrayBufferWriter<byte> _line = new();
    int _pos, _len;
    bool _eof;

    public int LineNumber { get; private set; }

    /// <summary>The next line without its "\n" (or "\r\n"); null at the end. Oversized is true when the line was cut.</summary>
    public (ReadOnlyMemory<byte> Line, bool Oversized)? Next()
    {
        _line.Clear();
        var oversized = false;
        while (true)
        {
            if (_pos == _len)
            {
                if (_eof || (_len = stream.Read(_chunk, 0, _chunk.Length)) == 0)
                {
                    _eof = true;
                    _pos = _len = 0; // a last line without "\n" must not leave a stale position for the next call
                    if (_line.WrittenCount == 0 && !oversized) return null;
                    LineNumber++;
                    return (TrimCr(_line.WrittenMemory), oversized);
                }
                _pos = 0;
            }
            var rest = _chunk.AsSpan(_pos, _len - _pos);
            var newline = rest.IndexOf((byte)'\n');
            var take = newline >= 0 ? rest[..newline] : rest;
            if (!oversized && _line.WrittenCount + take.Length <= maxLineBytes) _line.Write(take);
            else { oversized = true; _line.Clear(); }
            _pos += newline >= 0 ? newline + 1 : take.Length;
            if (newline >= 0)
            {
                LineNumber++;
                return (TrimCr(_line.WrittenMemory), oversized);
            }
        }
    }

    static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
