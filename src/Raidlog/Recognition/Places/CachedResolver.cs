using System.Collections.Concurrent;
using Raidlog.Geography;

namespace Raidlog.Recognition.Places;

/// <summary>
/// Remembers what a resolver said about each name: the same few hundred names recur across thousands of
/// articles, and a miss can cost a fuzzy scan of the gazetteer. Bounded: cleared when it grows past a limit
/// (an entry costs 60-170 bytes, so 50,000 names hold at most ~8 MB, whatever the number of articles).
/// </summary>
public sealed class CachedResolver(IPlaceResolver inner, int limit = 50_000) : IPlaceResolver
{
    readonly ConcurrentDictionary<string, PlaceResolution?> _cache = new(StringComparer.Ordinal);

    public PlaceResolution? CapitalOf(string country) => inner.CapitalOf(country);

    public PlaceResolution? Resolve(string surface, PlaceContext? context = null)
    {
        if (context is not null && (context.Countries.Count > 0 || context.Admin1s.Count > 0)) return inner.Resolve(surface, context);
        if (_cache.TryGetValue(surface, out var hit)) return hit;
        if (_cache.Count >= limit) _cache.Clear();
        return _cache[surface] = inner.Resolve(surface);
    }
}
