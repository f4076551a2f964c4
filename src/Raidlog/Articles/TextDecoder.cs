using System.Text;

namespace Raidlog.Articles;

/// <summary>
/// Turns the bytes of one article into text, or says in one line why they are not an article's text.
/// The text is kept exactly as written (a UTF-8 byte-order mark stays as U+FEFF) so offsets match any
/// other UTF-8 reader's.
/// </summary>
public static class TextDecoder
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return (null, "UTF-16 text; save it as UTF-8");
        // Text never holds NUL; binaries (images, PDFs, archives) nearly always do early on.
        if (bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0) >= 0)
            return (null, "binary file, not text");
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return (null, "not valid UTF-8 text"); }
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
            return (null, "empty: no text");
        return (text, null);
    }
}
