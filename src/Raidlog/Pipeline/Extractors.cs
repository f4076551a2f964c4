using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;

namespace Raidlog.Pipeline;

/// <summary>Builds the extractor a user gets by default. (Placeholder until the English pipeline lands.)</summary>
public static class Extractors
{
    public static IExtractor Default() => new NoIncidents();

    sealed class NoIncidents : IExtractor
    {
        public Extraction Extract(Article article) => new(article, []);
    }
}
