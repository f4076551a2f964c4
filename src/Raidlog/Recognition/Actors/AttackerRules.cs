using Raidlog.Text;

namespace Raidlog.Recognition.Actors;

/// <summary>
/// The word-order rules that make a side's name an attacker, read over one text's words:
/// "Ukrainian drones" (side + up to two words + weapon), "Russia launched" (side + attack verb),
/// "launched by Ukraine", a named armed group alone ("Hezbollah"), and "enemy".
/// </summary>
sealed class AttackerRules(ActorLexicon lexicon)
{
    const int StatedWeight = 3;
    const int WeakWeight = 2;

    public IEnumerable<(AttackerMention Mention, int Weight)> Find(string text, string? enemySide)
    {
        var words = WordSpans.Of(text);
        var roles = new PhraseHit<AttackWord>[words.Count];
        foreach (var hit in lexicon.WordMatcher.FindAll(words)) roles[hit.FirstWord] = hit;

        AttackWord Role(int i) => i >= 0 && i < words.Count ? roles[i].Value : AttackWord.None;
        int PreviousWord(int i)
        {
            for (i--; i >= 0 && Role(i).HasFlag(AttackWord.Filler); i--) { }
            return i;
        }
        bool EndsBefore(int i, AttackWord role) // a (multi-word) role phrase ends right before word i
        {
            for (var j = Math.Max(0, i - 4); j < i; j++)
                if (roles[j].Value.HasFlag(role) && roles[j].EndWord == i) return true;
            return false;
        }

        foreach (var hit in lexicon.AliasMatcher.FindAll(words))
        {
            var alias = hit.Value;
            var before = PreviousWord(hit.FirstWord);
            if (EndsBefore(before + 1, AttackWord.TargetLead)) continue;

            AttackerMention Mention(int endWord, string rule) =>
                new(new TextSpan(hit.Span.Start, words[endWord - 1].End), alias.Iso2, AttackerBasis.Stated, rule);

            var adjective = alias.Kind is ActorKind.Demonym or ActorKind.Group || hit.Possessive;
            var found = false;
            for (var k = hit.EndWord; k < words.Count && k <= hit.EndWord + 3 && !found; k++)
            {
                var role = Role(k);
                if ((role & (AttackWord.Defence | AttackWord.Passive)) != 0) break;
                if (adjective && role.HasFlag(AttackWord.Noun) && k <= hit.EndWord + 2)
                {
                    yield return (Mention(roles[k].EndWord, "side-with-weapon"), StatedWeight);
                    found = true;
                }
                else if (role.HasFlag(AttackWord.Verb) && !Role(roles[k].EndWord).HasFlag(AttackWord.Agent))
                {
                    yield return (Mention(roles[k].EndWord, "side-then-attack-verb"), StatedWeight);
                    found = true;
                }
            }
            if (found) continue;

            if (before >= 0 && Role(before).HasFlag(AttackWord.Agent) && alias.Kind != ActorKind.Capital
                && !Enumerable.Range(hit.EndWord, 2).Any(k => Role(k).HasFlag(AttackWord.Defence))
                && !Enumerable.Range(Math.Max(0, before - 6), Math.Min(6, before)).Any(k => Role(k).HasFlag(AttackWord.Defended)))
                yield return (Mention(hit.EndWord, "by-side"), StatedWeight);
            else if (alias.Kind == ActorKind.Group)
                yield return (Mention(hit.EndWord, "armed-group"), WeakWeight);
        }

        if (enemySide is null) yield break;
        for (var i = 0; i < words.Count; i++)
            if (Role(i).HasFlag(AttackWord.Enemy))
                yield return (new AttackerMention(words[i], enemySide, AttackerBasis.EnemyOfSpeaker, "enemy"), WeakWeight);
    }
}
