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
            WithSingles(_numbers.FindAll(tokens), tokens),
            NamedSystems(All(data.Weapons, tokens)),
            WithoutCompounds(All(data.Outcomes, tokens), tokens),
            All(data.Casualties, tokens),
            All(data.People, tokens),
            All(data.Actors, tokens),
            _places.FindAll(text, sentence, opensParagraph));
    }

    /// <summary>"Smerch missiles", "HIMARS rockets": a named system right before a generic noun says what the noun is
    /// (rockets of a launcher are artillery, whatever the noun).</summary>
    static List<Mention<Weapon>> NamedSystems(List<Mention<Weapon>> weapons)
    {
        for (int i = 1; i < weapons.Count; i++)
        {
            var (system, noun) = (weapons[i - 1], weapons[i]);
            if (system.End == noun.Start && system.Value.Mode != Incidents.AttackMode.Unknown && system.Value.Mode != noun.Value.Mode)
                weapons[i] = noun with { Value = noun.Value with { Mode = system.Value.Mode } };
        }
        return weapons;
    }

    static List<Mention<Outcome>> WithoutCompounds(List<Mention<Outcome>> outcomes, IReadOnlyList<Token> tokens)
    {
        outcomes.RemoveAll(o => IsCompound(o, tokens));
        return outcomes;
    }

    /// <summary>"air-launched", "sea-launched": part of a weapon's name, not what happened to it.</summary>
    static bool IsCompound(Mention<Outcome> o, IReadOnlyList<Token> tokens) =>
        o.Value == Outcome.Launched && o.Start > 0 && tokens[o.Start - 1].Norm == "-";

    /// <summary>"a woman", "an elderly man", "a child", "another person": one person, counted like "one".</summary>
    List<NumberMention> WithSingles(List<NumberMention> numbers, IReadOnlyList<Token> tokens)
    {
        List<NumberMention>? singles = null;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Norm is not ("a" or "an" or "another")) continue;
            int j = i + 1;
            // one adjective, which may be a hyphenated compound ("a 10-year-old girl", "a Shahed-type drone")
            if (j + 1 < tokens.Count && tokens[j].Kind != TokenKind.Punct && !data.People.TryMatch(tokens, j, out _, out _) && !data.Weapons.TryMatch(tokens, j, out _, out _))
            {
                j++;
                while (j + 1 < tokens.Count && tokens[j].Norm == "-") j += 2;
            }
            if (data.People.TryMatch(tokens, j, out int len, out _) && len == 1 && IsSingular(tokens[j].Norm))
                (singles ??= []).Add(new NumberMention(i, i + 1, 1));
            // "shot down a drone": one weapon; the assembler takes it only as a defence outcome, never as a launch
            else if (data.Weapons.TryMatch(tokens, j, out len, out var weapon) && weapon.Counted && IsSingular(tokens[j + len - 1].Norm)
                     && !(j + len < tokens.Count && data.Weapons.TryMatch(tokens, j + len, out _, out _)))
                (singles ??= []).Add(new NumberMention(i, i + 1, 1));
        }
        if (singles is null) return numbers;
        numbers.AddRange(singles);
        numbers.Sort((a, b) => a.Start.CompareTo(b.Start));
        return numbers;
    }

    static bool IsSingular(string noun) => !noun.EndsWith('s') && noun is not ("people" or "men" or "women" or "children" or "police");

    static List<Mention<T>> All<T>(PhraseMatcher<T> matcher, IReadOnlyList<Token> tokens)
    {
        var found = new List<Mention<T>>();
        for (int i = 0; i < tokens.Count; i++)
            if (matcher.TryMatch(tokens, i, out var length, out var value)) { found.Add(new Mention<T>(i, i + length, value)); i += length - 1; }
        return found;
    }
}
