using System.Text.Json;
using System.Text.RegularExpressions;
using Raidlog.Recognition.Times;
using Raidlog.Tests.Corpus;
using Raidlog.Text;

namespace Raidlog.Tests.Recognition.Times;

/// <summary>
/// The date governor against the gold dates of ../shared/dev/en, when that corpus is present: each gold incident
/// is dated from the first sentence that names its place, scored like the evaluator (±1 day; null matches).
/// </summary>
public class DevCorpusDateTests
{
    static readonly Regex Sentence = new(@"[^.!?\n]+[.!?]?", RegexOptions.Compiled);

    [Fact]
    public void Dates_at_least_nine_in_ten_gold_incidents_of_the_dev_corpus_within_a_day()
    {
        if (DevCorpus.Folder is not { } corpus) return; // the corpus is not shipped with the repository

        int right = 0, total = 0;
        var misses = new List<string>();
        foreach (var (file, text, gold) in DevCorpus.GoldArticles(corpus))
        {
            var published = Date(gold.GetProperty("source").GetProperty("published"));
            var mentions = DateMentionFinder.English.Find(text, published);
            var sentences = Sentence.Matches(text).Select(m => new TextSpan(m.Index, m.Index + m.Length)).ToList();
            foreach (var incident in gold.GetProperty("incidents").EnumerateArray())
            {
                var key = incident.GetProperty("place").GetString()!.Split(' ')[0];
                var sentence = sentences.FirstOrDefault(s => text.AsSpan(s.Start, s.Length).Contains(key, StringComparison.OrdinalIgnoreCase));
                if (sentence.Length == 0) continue;
                var expected = Date(incident.GetProperty("date"));
                var got = DateGovernor.For(text, sentence, mentions, published).Date;
                total++;
                if (expected is null || got is null || Math.Abs(expected.Value.DayNumber - got.Value.DayNumber) <= 1) right++;
                else misses.Add($"{file} {key}: gold {expected} got {got}");
            }
        }

        total.ShouldBeGreaterThan(100);
        ((double)right / total).ShouldBeGreaterThanOrEqualTo(0.9, string.Join("\n", misses));
    }

    static DateOnly? Date(JsonElement e) => e.ValueKind == JsonValueKind.String ? DateOnly.Parse(e.GetString()!) : null;
}
