using Raidlog.Cleaning;
using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Pipeline;

/// <summary>Builds the extractor a user gets by default: the English pipeline over the GeoNames gazetteer.</summary>
public static class Extractors
{
    public static IExtractor Default() => Default(Cleaners.Default());

    /// <summary>The English pipeline with another cleaner, e.g. <see cref="Cleaners.None"/> to measure what cleaning is worth.</summary>
    public static IExtractor Default(ITextCleaner cleaner) =>
        new EnglishExtractor(cleaner, LanguageLexicons.English, Gazetteer.LoadDefault());
}
