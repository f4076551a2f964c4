namespace Raidlog.Text;

/// <summary>A sentence of the cleaned text with its tokens; Paragraph counts blank-line-free lines from the top.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<Token> Tokens);
