using Raidlog.Cleaning;
using Raidlog.Geography;
using Raidlog.Languages;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Pipeline;

/// <summary>Builds the extractor a user gets by default: one pipeline per language under languages/, over the GeoNames gazetteer.</summary>
public static class Extractors
{
    public static IExtractor Default() => Build(Cleaners.For);

    /// <summary>The same pipelines with another cleaner, e.g. <see cref="Cleaners.None"/> to measure what cleaning is worth.</summary>
    public static IExtractor Default(ITextCleaner cleaner) => Build(_ => cleaner);

    /// <summary>One language's pipeline alone, whatever the articles' metadata says.</summary>
    public static IExtractor For(string language) =>
        new PipelineExtractor(Cleaners.For(language), LanguageLexicons.For(language), Gazetteer.LoadDefault());

    /// <summary>Pipelines are built on first use: an English-only run never loads the German data.</summary>
    static IExtractor Build(Func<string, ITextCleaner> cleaner)
    {
        var places = new Lazy<IPlaceResolver>(Gazetteer.LoadDefault);
        var pipelines = LanguageLexicons.Available.ToDictionary(language => language, language => new Lazy<IExtractor>(() =>
            new PipelineExtractor(cleaner(language), LanguageLexicons.For(language), places.Value)));
        return new LanguageDispatcher(pipelines, LanguageDetector.Fallback);
    }
}
