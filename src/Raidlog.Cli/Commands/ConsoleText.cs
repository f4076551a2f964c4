using Spectre.Console;

namespace Raidlog.Cli.Commands;

/// <summary>
/// Article text on a terminal: Spectre markup is escaped, and control characters (ESC sequences could move the
/// cursor, retitle the window or hide text) become spaces.
/// </summary>
static class ConsoleText
{
    /// <summary>Spectre guesses from the environment; piped output must carry no colour codes and use a wide page.</summary>
    public static IAnsiConsole Stdout(int width)
    {
        var redirected = Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        if (redirected) console.Profile.Width = width;
        return console;
    }

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
