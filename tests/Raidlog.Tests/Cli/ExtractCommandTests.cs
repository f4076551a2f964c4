using System.Text.Json;

namespace Raidlog.Tests.Cli;

public class ExtractCommandTests
{
    const string Report = "date 2024-03-04\nOvernight, air defence shot down 12 drones over the Kursk region, the governor said.\n";

    static string Folder() => Directory.CreateTempSubdirectory("raidlog-extract-").FullName;

    [Fact]
    public void Every_kind_of_bad_input_gets_one_line_naming_it_and_the_good_reports_still_come_out()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "good.txt"), Report);
        File.WriteAllText(Path.Combine(dir, "records.jsonl"), $"{{\"id\": \"rec-1\", \"text\": {JsonSerializer.Serialize(Report)}}}\n{{not json\n");
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        File.WriteAllBytes(Path.Combine(dir, "latin1.txt"), "Kyiv: drones d\u00e9truits"u8.ToArray()[..^3].Concat(new byte[] { 0xE9, 0x20, 0x41 }).ToArray());
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        File.WriteAllText(Path.Combine(dir, "broken.json"), "{\"id\": \"x\", \"text\": ");
        using (var huge = File.Create(Path.Combine(dir, "huge.txt"))) huge.SetLength(50L * 1024 * 1024);
        File.CreateSymbolicLink(Path.Combine(dir, "gone.txt"), Path.Combine(dir, "no-such-target"));

        var run = RaidlogProcess.Run("extract", dir, "--format", "jsonl");

        run.ExitCode.ShouldBe(0);
        run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString())
            .ShouldBe(["good", "rec-1"], ignoreOrder: true);
        foreach (var bad in new[] { "records.jsonl:2", "binary.txt", "latin1.txt", "empty.txt", "broken.json", "huge.txt", "gone.txt" })
            run.StderrLines.Count(l => l.Contains(bad)).ShouldBe(1, $"one diagnostic for {bad}:\n{run.Stderr}");
        run.StderrLines.Length.ShouldBe(7, run.Stderr);
        run.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public void When_every_input_fails_the_exit_code_is_1()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "  \n");
        var missing = Path.Combine(dir, "missing.txt");

        var run = RaidlogProcess.Run("extract", Path.Combine(dir, "empty.txt"), missing, "--format", "jsonl");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldContain(l => l.Contains("missing.txt") && l.Contains("no such file"));
        run.StderrLines.ShouldContain(l => l.Contains("empty.txt") && l.Contains("empty"));
    }

    [Fact]
    public void The_table_names_each_article_and_prints_markup_in_article_ids_literally()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "[bold]odd.txt"), Report);

        var run = RaidlogProcess.Run("extract", dir);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("[bold]odd");
        run.Stdout.ShouldContain("article");
        run.Stdout.ShouldNotContain("\u001b[");
    }

    [Fact]
    public void A_hostile_file_name_still_gives_exactly_one_plain_diagnostic_line()
    {
        var dir = Folder();
        File.WriteAllText(Path.Combine(dir, "evil\nname\u001b[2J.txt"), "");
        File.WriteAllText(Path.Combine(dir, "good.txt"), Report);

        var run = RaidlogProcess.Run("extract", dir, "--format", "jsonl");

        run.ExitCode.ShouldBe(0);
        run.StderrLines.ShouldHaveSingleItem().ShouldContain("evil name [2J.txt: empty");
        run.Stderr.ShouldNotContain("\u001b");
    }
}
