using System.Text;
using static Raidlog.Benchmarks.Generation.Vocabulary;

namespace Raidlog.Benchmarks.Generation;

/// <summary>
/// Writes real-shaped strike reports for the throughput benchmark: a wave total, a breakdown by region,
/// casualties with a claimant, a denial, background paragraphs and page noise; 1-6 KB each. Deterministic
/// for a seed. A third of the reports carry an ID.meta.json, the rest a leading "date" line.
/// </summary>
sealed class ReportGenerator(int seed)
{
    readonly Random _random = new(seed);

    public static int Run(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[1], out var count))
        {
            Console.Error.WriteLine("usage: generate FOLDER COUNT [SEED]");
            return 2;
        }
        var folder = Directory.CreateDirectory(args[0]).FullName;
        var generator = new ReportGenerator(args.Length > 2 ? int.Parse(args[2]) : 42);
        long bytes = 0;
        for (var i = 0; i < count; i++) bytes += generator.WriteOne(folder, $"gen-{i:D6}");
        Console.WriteLine($"generated {count} reports, {bytes / 1e6:F1} MB of text, in {folder}");
        return 0;
    }

    long WriteOne(string folder, string id)
    {
        var published = new DateOnly(2023, 1, 1).AddDays(_random.Next(900));
        var withMeta = _random.Next(3) == 0;
        var text = Report(published, withDateLine: !withMeta);
        File.WriteAllText(Path.Combine(folder, id + ".txt"), text);
        if (withMeta)
            File.WriteAllText(Path.Combine(folder, id + ".meta.json"),
                $$"""{"published": "{{published:yyyy-MM-dd}}", "outlet": "{{Pick(Outlets)}}", "language": "en"}""");
        return Encoding.UTF8.GetByteCount(text);
    }

    string Report(DateOnly published, bool withDateLine)
    {
        var side = Pick(Sides);
        var weapon = Pick(Weapons);
        var day = published.DayOfWeek.ToString();
        var regions = side.Regions.OrderBy(_ => _random.Next()).Take(_random.Next(2, 5)).ToArray();
        var perRegion = regions.Select(_ => _random.Next(1, 15)).ToArray();
        var total = perRegion.Sum() + _random.Next(0, 6);
        var town = Pick(side.Towns);
        var sb = new StringBuilder();
        if (withDateLine) sb.Append($"date {published:yyyy-MM-dd} ");
        sb.AppendLine($"{side.Attacker} launches {total} {weapon} at {side.Country} overnight, {perRegion.Sum()} downed").AppendLine();
        if (_random.Next(2) == 0) sb.AppendLine(Pick(Noise)).AppendLine();
        sb.AppendLine($"{side.Attacker} sent {total} {weapon} against {side.Country} overnight into {day}, and {side.Defender} air defence destroyed {perRegion.Sum()} of them, {Pick(side.Speakers)} said on {day}.").AppendLine();
        sb.AppendLine("According to the statement, " + string.Join(", ", regions.Select((r, i) => $"{perRegion[i]} were shot down over the {r} region")) + ".").AppendLine();
        var killed = _random.Next(0, 4);
        var injured = _random.Next(0, 12);
        sb.AppendLine(killed == 0 && injured == 0
            ? $"Falling debris damaged {Pick(Targets)} in {town}, but nobody was hurt, {Pick(side.Speakers)} wrote on Telegram."
            : killed == 0 ? $"In {town}, debris hit {Pick(Targets)} and injured {injured} people, {Pick(side.Speakers)} wrote on Telegram."
            : $"In {town}, debris hit {Pick(Targets)}, killing {Word(killed)} and injuring {injured}, {Pick(side.Speakers)} wrote on Telegram.").AppendLine();
        if (_random.Next(3) == 0)
            sb.AppendLine($"Earlier, {Pick(Numbers)} {weapon} were reported over {Pick(side.Towns)}, but officials later said the threat had passed.").AppendLine();
        sb.AppendLine($"{side.Attacker} did not comment on the attack.").AppendLine();
        var paragraphs = _random.Next(4, 30);
        for (var i = 0; i < paragraphs; i++) sb.AppendLine(Pick(Background)).AppendLine();
        for (var i = _random.Next(0, 4); i > 0; i--) sb.AppendLine(Pick(Noise));
        return sb.ToString();
    }

    static string Word(int n) => n switch { 1 => "one", 2 => "two", 3 => "three", _ => n.ToString() };

    T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
