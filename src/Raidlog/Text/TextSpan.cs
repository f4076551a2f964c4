namespace Raidlog.Text;

/// <summary>A stretch of the article text as read: [Start, End) in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public string Of(string text) => text[Start..End];
}
