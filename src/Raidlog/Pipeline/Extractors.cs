using Raidlog.Cleaning;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Places;

namespace Raidlog.Pipeline;

/// <summary>Builds the extractor a user gets by default: the English pipeline.</summary>
public static class Extractors
{
    public static IExtractor Default()
    {
        var data = LanguageLexicons.English;
        return new EnglishExtractor(new UnchangedText(), data, new TemporaryPlaceResolver(data));
    }

    sealed class UnchangedText : ITextCleaner
    {
        public CleanText Clean(string original) => CleanText.Unchanged(original);
    }
}
