using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>
/// Article text on a terminal: Spectre markup is escaped, and control characters (ESC sequences could move the
/// cursor, retitle the window or hide text) become spaces.
/// </summary>
static class ConsoleText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (char.IsControl(chars[i]) && chars[i] != '\n') chars[i] = ' ';
        return Markup.Escape(new string(chars));
    }
}
