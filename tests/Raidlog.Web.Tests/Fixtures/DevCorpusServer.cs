using System.Reflection;
using Raidlog.Articles;
using Raidlog.Pipeline;
using Raidlog.Storage;
using Raidlog.Storage.Ingestion;

namespace Raidlog.Web.Tests.Fixtures;

/// <summary>
/// A server over the shared fusion corpus (two attacks, six outlets each), read and extracted by the real
/// pipeline, when ../shared/dev is beside the repository; an empty store otherwise.
/// </summary>
public sealed class DevCorpusServer : ServerFixture
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(
        typeof(DevCorpusServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!,
        "..", "shared", "dev", "fusion"));

    public static bool Present => Directory.Exists(Folder);

    protected override void Seed(IRaidlogStore store)
    {
        if (Present) new ArticleIngestor(store, Extractors.Default()).Run(ArticleReader.ReadAll([Folder]));
    }
}
