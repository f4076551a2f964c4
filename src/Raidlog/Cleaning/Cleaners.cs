using Raidlog.Languages;

namespace Raidlog.Cleaning;

/// <summary>The cleaner a pipeline gets by default: a language's page-noise rules, built once and shared (thread-safe).</summary>
public static class Cleaners
{
    static readonly PerLanguage<ITextCleaner> Loaded = new(language => new LineRuleCleaner(NoiseRules.For(language)));

    /// <summary>The English rules.</summary>
    public static ITextCleaner Default() => For("en");

    public static ITextCleaner For(string language) => Loaded.For(language);

    /// <summary>For measuring what cleaning is worth: the text exactly as read.</summary>
    public static ITextCleaner None() => new Unchanged();

    sealed class Unchanged : ITextCleaner
    {
        public CleanText Clean(string original) => CleanText.Unchanged(original);
    }
}
