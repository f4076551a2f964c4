using Raidlog.Geography;

namespace Raidlog.Tests.Geography;

/// <summary>The real gazetteer (built from the npm GeoNames packages by the engine's build), loaded once for all tests.</summary>
public sealed class GazetteerFixture
{
    public Gazetteer Gazetteer { get; } = Gazetteer.LoadDefault();
}

[CollectionDefinition("gazetteer")]
public sealed class GazetteerCollection : ICollectionFixture<GazetteerFixture>;
