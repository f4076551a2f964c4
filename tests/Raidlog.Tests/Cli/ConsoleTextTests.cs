using Raidlog.Cli.Commands;

namespace Raidlog.Tests.Cli;

public class ConsoleTextTests
{
    [Fact]
    public void Article_text_cannot_drive_the_terminal_or_inject_markup()
    {
        var hostile = "Kyiv\u001b]0;pwned\u0007 [red]struck[/]\u001b[2J";
        var safe = ConsoleText.Safe(hostile);
        safe.ShouldNotContain("\u001b");
        safe.ShouldNotContain("\u0007");
        safe.ShouldBe("Kyiv ]]0;pwned  [[red]]struck[[/]] [[2J");
    }
}
