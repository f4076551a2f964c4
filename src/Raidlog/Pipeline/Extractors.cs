using Raidlog.Cleaning;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Places;

namespace Raidlog.Pipeline;

/// <summary>Builds the extractor a user gets by default: the English pipeline.</summary>
public static class Extractors
{
    public static IExtractor Default() => Default(Cleaners.Default());

    /// <summary>The English pipeline with another cleaner, e.g. <see cref="Cleaners.None"/> to measure what cleaning is worth.</summary>
    public static IExtractor Default(ITextCleaner cleaner)
    {
        var data = LanguageLexicons.English;
        return new EnglishExtractor(cleaner, data, new TemporaryPlaceResolver(data));
    }
}
