namespace Raidlog.Geography;

/// <summary>
/// How a surface form matched an entry, best first. Romanisation: the same consonants, other vowels
/// (<see cref="NameSkeleton"/>). StandsFor: the name is of something inside the entry (a city district, a square)
/// that a record gives as the entry itself.
/// </summary>
public enum MatchKind : byte { Name, AltName, Transliteration, Romanisation, RegionStem, Fuzzy, StandsFor }

/// <summary>
/// Normalised name key to the entries that carry it: one hash lookup, chains kept in flat arrays. Keys live in a
/// dictionary while the index is built, and in a compact <see cref="KeyTable"/> once read from the compiled file.
/// </summary>
sealed class NameIndex
{
    readonly Dictionary<string, int> _head = new(StringComparer.Ordinal);
    KeyTable? _loaded;
    int[] _entry = new int[1024], _next = new int[1024];
    MatchKind[] _kind = new MatchKind[1024];
    int _count;

    public int KeyCount => _loaded?.Count ?? _head.Count;
    public IEnumerable<string> Keys => _loaded?.Keys ?? _head.Keys;

    public void Add(string key, int entry, MatchKind kind)
    {
        if (_loaded is not null) throw new InvalidOperationException("a name index read from the compiled file is read-only");
        if (key.Length == 0) return;
        if (_loaded is null ? _head.TryGetValue(key, out var at) : _loaded.TryGetValue(key, out at))
        {
            for (int i = at; i >= 0; i = _next[i])
                if (_entry[i] == entry)
                {
                    if (kind < _kind[i]) _kind[i] = kind;
                    return;
                }
        }
        else at = -1;
        if (_count == _entry.Length)
        {
            Array.Resize(ref _entry, _count * 2);
            Array.Resize(ref _next, _count * 2);
            Array.Resize(ref _kind, _count * 2);
        }
        _entry[_count] = entry;
        _kind[_count] = kind;
        _next[_count] = at;
        _head[key] = _count++;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(_count);
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_entry.AsSpan(0, _count)));
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_next.AsSpan(0, _count)));
        w.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(_kind.AsSpan(0, _count)));
        KeyTable.Write(w, _loaded is null ? _head.Select(p => (p.Key, p.Value)).ToList()
            : _loaded.Keys.Select(k => (k, _loaded.TryGetValue(k, out var head) ? head : -1)).ToList());
    }

    public static NameIndex Read(BinaryReader r)
    {
        var index = new NameIndex();
        int count = r.ReadInt32();
        index._entry = new int[count];
        index._next = new int[count];
        index._kind = new MatchKind[count];
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(index._entry.AsSpan()));
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(index._next.AsSpan()));
        r.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(index._kind.AsSpan()));
        index._count = count;
        index._loaded = KeyTable.Read(r);
        return index;
    }

    public List<(int Entry, MatchKind Kind)> Find(string key)
    {
        var hits = new List<(int, MatchKind)>();
        if (_loaded is null ? _head.TryGetValue(key, out var at) : _loaded.TryGetValue(key, out at))
            for (int i = at; i >= 0; i = _next[i]) hits.Add((_entry[i], _kind[i]));
        return hits;
    }
}
