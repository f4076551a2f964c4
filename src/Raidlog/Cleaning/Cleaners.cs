namespace Raidlog.Cleaning;

/// <summary>The cleaner a pipeline gets by default: English page-noise rules, built once and shared (thread-safe).</summary>
public static class Cleaners
{
    static readonly Lazy<ITextCleaner> English = new(() => new LineRuleCleaner(NoiseRules.For("en")));

    public static ITextCleaner Default() => English.Value;

    /// <summary>For measuring what cleaning is worth: the text exactly as read.</summary>
    public static ITextCleaner None() => new Unchanged();

    sealed class Unchanged : ITextCleaner
    {
        public CleanText Clean(string original) => CleanText.Unchanged(original);
    }
}
