using Raidlog.Cleaning;
using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Pipeline;

/// <summary>Builds the extractor a user gets by default: the English pipeline over the GeoNames gazetteer.</summary>
public static class Extractors
{
    public static IExtractor Default() =>
        new EnglishExtractor(Cleaners.Default(), LanguageLexicons.English, Gazetteer.LoadDefault());
}
