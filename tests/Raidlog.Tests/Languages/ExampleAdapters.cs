using Raidlog.Recognition.Times;

namespace Raidlog.Tests.Languages;

/// <summary>Per dimension: how an example's text becomes the string its expected cell holds.</summary>
public static class ExampleAdapters
{
    public static readonly IReadOnlyDictionary<string, Func<LanguageExample, string>> All =
        new Dictionary<string, Func<LanguageExample, string>>
        {
            ["dates"] = Dates,
        };

    static string Dates(LanguageExample e)
    {
        var mentions = DateMentionFinder.English.Find(e.Text, e.Reference);
        return mentions.Count == 0 ? "none" : string.Join("; ", mentions.Select(m => m.Date?.ToString("yyyy-MM-dd") ?? "null"));
    }
}
