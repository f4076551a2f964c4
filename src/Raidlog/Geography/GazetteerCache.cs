using System.Text;

namespace Raidlog.Geography;

/// <summary>
/// The gazetteer's indexes compiled to a binary file beside the TSV, so a process loads them in a fraction of
/// the time indexing takes (normalising and romanising half a million names). The header names the TSV's size
/// and time and the engine build; any difference and the cache is rebuilt. Best effort:
/// an unreadable or unwritable cache only costs time.
/// </summary>
static class GazetteerCache
{
    const string Magic = "raidlog-gazetteer-index";
    const int Version = 2; // 2: name keys as one character block (KeyTable)

    static string CachePath(string path) => path + ".idx";

    static string Stamp(string path)
    {
        // The engine's module id changes with its code and embedded language data (builds are deterministic).
        var info = new FileInfo(path);
        return $"{Version}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{typeof(GazetteerCache).Module.ModuleVersionId}";
    }

    public static Gazetteer? TryRead(string path)
    {
        var cache = CachePath(path);
        if (!File.Exists(cache)) return null;
        try
        {
            using var stream = new FileStream(cache, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            if (r.ReadString() != Magic || r.ReadString() != Stamp(path)) return null;
            var strings = new string?[r.ReadInt32()];
            for (int i = 0; i < strings.Length; i++) strings[i] = r.ReadBoolean() ? r.ReadString() : null;
            int count = r.ReadInt32();
            var entries = new List<GazetteerEntry>(count);
            for (int i = 0; i < count; i++)
                entries.Add(new GazetteerEntry((EntryKind)r.ReadByte(), strings[r.ReadInt32()], r.ReadString(), strings[r.ReadInt32()],
                    strings[r.ReadInt32()], Number(r.ReadDouble()), Number(r.ReadDouble()), (PlacePrecision)r.ReadByte(), r.ReadInt64(),
                    strings[r.ReadInt32()] ?? "", strings[r.ReadInt32()]));
            var names = NameIndex.Read(r);
            var regions = NameIndex.Read(r);
            var fuzzy = new List<(string, int)>(r.ReadInt32());
            for (int i = fuzzy.Capacity; i > 0; i--) fuzzy.Add((r.ReadString(), r.ReadInt32()));
            return new Gazetteer { EntryList = entries, Names = names, RegionIndex = regions, FuzzyPool = fuzzy };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void TryWrite(string path, Gazetteer g)
    {
        var cache = CachePath(path);
        var temp = $"{cache}.{Environment.ProcessId}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var w = new BinaryWriter(stream, Encoding.UTF8))
            {
                w.Write(Magic);
                w.Write(Stamp(path));
                // Codes, regions, countries, feature codes and districts repeat: one table, referred to by number.
                var table = new Dictionary<string, int>(StringComparer.Ordinal);
                var ordered = new List<string?> { null };
                int Ref(string? s)
                {
                    if (s is null) return 0;
                    if (!table.TryGetValue(s, out var i)) { table[s] = i = ordered.Count; ordered.Add(s); }
                    return i;
                }
                foreach (var e in g.EntryList) { Ref(e.Code); Ref(e.Admin1); Ref(e.Country); Ref(e.FeatureCode); Ref(e.Admin2); }
                w.Write(ordered.Count);
                foreach (var s in ordered)
                {
                    w.Write(s is not null);
                    if (s is not null) w.Write(s);
                }
                w.Write(g.EntryList.Count);
                foreach (var e in g.EntryList)
                {
                    w.Write((byte)e.Kind); w.Write(Ref(e.Code)); w.Write(e.Name); w.Write(Ref(e.Admin1)); w.Write(Ref(e.Country));
                    w.Write(e.Lat ?? double.NaN); w.Write(e.Lon ?? double.NaN); w.Write((byte)e.Precision); w.Write(e.Population);
                    w.Write(Ref(e.FeatureCode)); w.Write(Ref(e.Admin2));
                }
                g.Names.Write(w);
                g.RegionIndex.Write(w);
                w.Write(g.FuzzyPool.Count);
                foreach (var (key, entry) in g.FuzzyPool) { w.Write(key); w.Write(entry); }
            }
            File.Move(temp, cache, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (IOException) { }
        }
    }

    static double? Number(double d) => double.IsNaN(d) ? null : d;
}
