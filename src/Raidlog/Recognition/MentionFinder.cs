using Raidlog.Geography;
using Raidlog.Recognition.Lexicons;
using Raidlog.Recognition.Numbers;
using Raidlog.Recognition.Places;
using Raidlog.Text;

namespace Raidlog.Recognition;

/// <summary>Runs every recogniser over a sentence. Immutable after construction; safe to share across threads.</summary>
public sealed class MentionFinder(LanguageLexicons data, IPlaceResolver resolver)
{
    readonly NumberParser _numbers = new(data);
    readonly PlaceMentionFinder _places = new(data, new CachedResolver(resolver));

    public SentenceMentions Find(string text, Sentence sentence, bool opensParagraph)
    {
        var tokens = sentence.Tokens;
        return new SentenceMentions(text, sentence,
            _numbers.FindAll(tokens),
            All(data.Weapons, tokens),
            All(data.Outcomes, tokens),
            All(data.Casualties, tokens),
            All(data.People, tokens),
            All(data.Actors, tokens),
            _places.FindAll(text, sentence, opensParagraph));
    }

    static List<Mention<T>> All<T>(PhraseMatcher<T> matcher, IReadOnlyList<Token> tokens) =>
        matcher.FindAll(tokens).Select(m => new Mention<T>(m.Start, m.Start + m.Length, m.Value)).ToList();
}
