using Raidlog.Geography;

namespace Raidlog.Tests.Geography;

/// <summary>The compiled index beside the TSV must answer exactly as the TSV indexed from scratch.</summary>
public class GazetteerCacheTests : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("raidlog-gazetteer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    const string Rows = """
        A	UA.07	Kharkiv Oblast	Kharkiv Oblast	UA	49.5	36.5	3	0			Kharkiv Oblast|Харківська область
        P	706483	Kharkiv	Kharkiv Oblast	UA	49.98081	36.25272	1	1430885	PPLA		Kharkiv|Kharkov|Харків|Харьков
        P	511565	Podolsk	Moscow Oblast	RU	55.42419	37.55472	1	187961	PPL		Podolsk|Подольск
        L	L1	Black Sea		UA	43.0	34.0	5	0			Black Sea|Чорне море
        """;

    [Fact]
    public void A_gazetteer_read_back_from_its_compiled_index_finds_the_same_entries_for_every_key()
    {
        var path = Path.Combine(_folder, "gazetteer.tsv");
        File.WriteAllText(path, Rows.ReplaceLineEndings("\n") + "\n");
        var indexed = Gazetteer.LoadUncached(path);
        Gazetteer.Load(path);                        // indexes the file and writes the compiled index
        File.Exists(path + ".idx").ShouldBeTrue();
        var cached = Gazetteer.Load(path);           // reads it back

        cached.KeyCount.ShouldBe(indexed.KeyCount);
        cached.Names.Keys.Order().ShouldBe(indexed.Names.Keys.Order());
        foreach (var key in indexed.Names.Keys) cached.Names.Find(key).ShouldBe(indexed.Names.Find(key), key);
        foreach (var key in indexed.RegionIndex.Keys) cached.RegionIndex.Find(key).ShouldBe(indexed.RegionIndex.Find(key), key);
        cached.Names.Find("no such place").ShouldBeEmpty();
        foreach (var query in new[] { "Kharkov", "Podolsk", "the Black Sea", "Харків" })
            cached.Resolve(query)?.Place.ShouldBe(indexed.Resolve(query)?.Place, query);
        cached.Resolve("Kharkov")!.Place.Name.ShouldBe("Kharkiv");
    }
}
