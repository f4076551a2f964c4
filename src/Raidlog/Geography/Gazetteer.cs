namespace Raidlog.Geography;

/// <summary>
/// The place resolver over the GeoNames-built gazetteer: every name, alternate name and rule-made
/// transliteration of every entry, looked up in O(1) by <see cref="NameKey"/>; ties broken by
/// <see cref="CandidateRanker"/>. Load once (about half a second) and share: lookups are thread-safe.
/// </summary>
public sealed partial class Gazetteer : IPlaceResolver
{
    static readonly Lazy<Gazetteer> Shared = new(() => Load(GazetteerFile.Locate()));

    internal List<GazetteerEntry> EntryList { get; init; } = new(220_000);
    internal NameIndex Names { get; init; } = new();        // every name of every entry
    internal NameIndex RegionIndex { get; init; } = new();  // region and district names without region words, plus their seats' names
    internal List<(string Key, int Entry)> FuzzyPool { get; init; } = new();
    internal PlaceWords Words { get; } = PlaceWords.Default;

    public int Count => EntryList.Count;
    public int KeyCount => Names.KeyCount + RegionIndex.KeyCount;
    public IReadOnlyList<GazetteerEntry> Entries => EntryList;

    /// <summary>"Belgorod Oblast" gives "belgorod"; "Kyiv City" gives "kyiv".</summary>
    internal string RegionCore(string name) => NameVariants.AdjectiveForm(Words.Strip(NameKey.Normalize(name)).Core);

    /// <summary>The gazetteer from data/gazetteer/gazetteer.tsv (see <see cref="GazetteerFile.Locate"/>), loaded once per process.</summary>
    public static Gazetteer LoadDefault() => Shared.Value;

    /// <summary>
    /// Reads the compiled index beside the file (gazetteer.tsv.idx) when it matches the file and the language
    /// data; otherwise indexes the file and writes the compiled index for the next process.
    /// </summary>
    public static Gazetteer Load(string path)
    {
        if (GazetteerCache.TryRead(path) is { } cached) return cached;
        var gazetteer = new Gazetteer();
        new GazetteerIndexer(gazetteer).Build(path);
        GazetteerCache.TryWrite(path, gazetteer);
        return gazetteer;
    }

    /// <summary>Indexes the file itself, with no compiled index read or written (for tests of the indexing).</summary>
    public static Gazetteer LoadUncached(string path)
    {
        var gazetteer = new Gazetteer();
        new GazetteerIndexer(gazetteer).Build(path);
        return gazetteer;
    }
}
