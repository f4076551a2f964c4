using System.Collections.Concurrent;

namespace Raidlog.Languages;

/// <summary>
/// One lazily built, shared instance per language code ("en", "de"): the engines' language data is loaded once
/// per process and language, and reused by every thread.
/// </summary>
public sealed class PerLanguage<T>(Func<string, T> load)
{
    readonly ConcurrentDictionary<string, Lazy<T>> _built = new(StringComparer.Ordinal);

    public T For(string language) => _built.GetOrAdd(language, code => new Lazy<T>(() => load(code))).Value;
}
