using Raidlog.Text;

namespace Raidlog.Recognition.Numbers;

/// <summary>A quantity in a sentence: tokens [Start, End); Value null for vague words ("dozens", "several").</summary>
public readonly record struct NumberMention(int Start, int End, int? Value)
{
    public bool IsVague => Value is null;
}
