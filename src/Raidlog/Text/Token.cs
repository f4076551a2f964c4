namespace Raidlog.Text;

public enum TokenKind { Word, Number, Punct }

/// <summary>One token of the cleaned text. Norm is the lower-cased form with ’ʼ folded to ' and a possessive 's dropped.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind, string Norm)
{
    public TextSpan Span => new(Start, End);
    public bool IsCapitalised(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);
}
