using Raidlog.Incidents;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;
using Raidlog.Recognition.Places;
using Raidlog.Text;

namespace Raidlog.Recognition;

/// <summary>Everything recognised in one sentence, as token ranges; the input of assembly.</summary>
public sealed record SentenceMentions(
    string Text,
    Sentence Sentence,
    List<NumberMention> Numbers,
    List<Mention<Weapon>> Weapons,
    List<Mention<Outcome>> Outcomes,
    List<Mention<Figure>> Casualties,
    List<Mention<bool>> People,
    List<Mention<string>> Actors,
    List<PlaceMention> Places)
{
    public IReadOnlyList<Token> Tokens => Sentence.Tokens;
}
