using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>
/// Article text on a terminal: Spectre markup is escaped, and control characters (ESC sequences could move the
/// cursor, retitle the window or hide text) become spaces.
/// </summary>
static class ConsoleText
{
    public static string Safe(string? text) => Markup.Escape(Plain(text, keepNewlines: true));

    /// <summary>For plain (non-markup) output: control characters become spaces; one line unless asked.</summary>
    public static string Plain(string? text, bool keepNewlines = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (char.IsControl(chars[i]) && !(keepNewlines && chars[i] == '\n')) chars[i] = ' ';
        return new string(chars);
    }
}
