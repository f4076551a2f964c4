using System.Text;

namespace Raidlog.Cleaning;

/// <summary>
/// Builds a <see cref="CleanText"/> from the original by copying kept stretches and inserting virtual
/// characters (a space between glued sentences), recording for every output character its original index.
/// An inserted character maps to the original position it was inserted at.
/// </summary>
public sealed class CleanTextBuilder(string original)
{
    readonly StringBuilder _text = new(original.Length);
    readonly List<int> _map = new(original.Length + 1);

    public bool Changed { get; private set; }

    public void Keep(int start, int end)
    {
        _text.Append(original, start, end - start);
        for (var i = start; i < end; i++) _map.Add(i);
    }

    public void Insert(char c, int atOriginal)
    {
        _text.Append(c);
        _map.Add(atOriginal);
        Changed = true;
    }

    public void Skip() => Changed = true;

    public CleanText Build()
    {
        if (!Changed) return CleanText.Unchanged(original);
        _map.Add(original.Length);
        return new CleanText(_text.ToString(), _map.ToArray());
    }
}
