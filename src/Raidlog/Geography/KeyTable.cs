using System.Runtime.InteropServices;

namespace Raidlog.Geography;

/// <summary>
/// A read-only string → int table for the compiled gazetteer index: every key's characters in one array and an
/// open-addressing table of key numbers, instead of a string object and a dictionary entry per key. Loading is
/// a few block reads (no string per key), and 360,000 keys take about half the memory.
/// </summary>
sealed class KeyTable
{
    readonly char[] _chars;
    readonly int[] _starts;  // key i is _chars[_starts[i].._starts[i + 1]]
    readonly int[] _values;
    readonly int[] _slots;   // key number + 1, or 0 for an empty slot; the length is a power of two

    KeyTable(char[] chars, int[] starts, int[] values)
    {
        _chars = chars;
        _starts = starts;
        _values = values;
        _slots = new int[(int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(values.Length * 2)))];
        for (int i = 0; i < values.Length; i++)
        {
            int slot = Slot(Key(i));
            while (_slots[slot] != 0) slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = i + 1;
        }
    }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => Enumerable.Range(0, Count).Select(i => Key(i).ToString());

    ReadOnlySpan<char> Key(int i) => _chars.AsSpan(_starts[i], _starts[i + 1] - _starts[i]);

    int Slot(ReadOnlySpan<char> key) => string.GetHashCode(key) & (_slots.Length - 1);

    public bool TryGetValue(ReadOnlySpan<char> key, out int value)
    {
        for (int slot = Slot(key); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
        {
            int i = _slots[slot] - 1;
            if (key.SequenceEqual(Key(i))) { value = _values[i]; return true; }
        }
        value = 0;
        return false;
    }

    public static void Write(BinaryWriter w, IReadOnlyCollection<(string Key, int Value)> pairs)
    {
        w.Write(pairs.Count);
        w.Write(pairs.Sum(p => p.Key.Length));
        foreach (var (key, _) in pairs) w.Write(MemoryMarshal.AsBytes(key.AsSpan()));
        int start = 0;
        foreach (var (key, _) in pairs) { w.Write(start); start += key.Length; }
        w.Write(start);
        foreach (var (_, value) in pairs) w.Write(value);
    }

    public static KeyTable Read(BinaryReader r)
    {
        int count = r.ReadInt32(), length = r.ReadInt32();
        var chars = new char[length];
        var starts = new int[count + 1];
        var values = new int[count];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(chars.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(starts.AsSpan()));
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new KeyTable(chars, starts, values);
    }
}
