using System.Text;

namespace Raidlog.Cleaning;

/// <summary>
/// Builds a <see cref="CleanText"/> from the original by copying kept stretches and inserting virtual
/// characters (a space between glued sentences), recording where every output character came from.
/// An inserted character maps to the original position it was inserted at.
/// </summary>
public sealed class CleanTextBuilder(string original)
{
    readonly StringBuilder _text = new(original.Length);
    readonly OffsetRuns _map = new();

    public bool Changed { get; private set; }

    public void Keep(int start, int end)
    {
        _map.Copied(_text.Length, start, end - start);
        _text.Append(original, start, end - start);
    }

    public void Insert(char c, int atOriginal)
    {
        _map.Inserted(_text.Length, atOriginal);
        _text.Append(c);
        Changed = true;
    }

    public void Skip() => Changed = true;

    public CleanText Build()
    {
        if (!Changed) return CleanText.Unchanged(original);
        _map.Inserted(_text.Length, original.Length); // the end of the text maps to the end of the original
        return new CleanText(_text.ToString(), _map);
    }
}
