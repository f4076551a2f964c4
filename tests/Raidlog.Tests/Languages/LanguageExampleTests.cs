namespace Raidlog.Tests.Languages;

/// <summary>Runs every example beside the language data through the engine its file names.</summary>
public class LanguageExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in LanguageExample.ReadAll()) data.Add(example.Location);
        return data;
    }

    static readonly Lazy<Dictionary<string, LanguageExample>> ByLocation =
        new(() => LanguageExample.ReadAll().ToDictionary(e => e.Location));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_gives_the_expected_answer(string location)
    {
        var example = ByLocation.Value[location];
        ExampleAdapters.All.TryGetValue(example.Dimension, out var adapter)
            .ShouldBeTrue($"no adapter for examples/{example.Dimension}.tsv in ExampleAdapters");

        adapter!(example).ShouldBe(example.Expected, $"{location}: {example.Text}");
    }
}
