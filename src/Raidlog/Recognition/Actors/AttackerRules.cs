using Raidlog.Text;

namespace Raidlog.Recognition.Actors;

/// <summary>
/// The word-order rules that make a side's name an attacker, read over one text's words:
/// "Ukrainian drones" (side + up to two words + weapon), "Russia launched" (side + attack verb),
/// "launched by Ukraine", "launched from Yemen", a named armed group alone ("Hezbollah"), and "enemy".
/// </summary>
sealed class AttackerRules(ActorLexicon lexicon)
{
    const int Stated = 3;
    const int Weak = 2;
    const int Weakest = 1;
    const int MaxGap = 2;

    public IEnumerable<(AttackerMention Mention, int Weight)> Find(string text, string? enemySide)
    {
        var view = View.Of(WordSpans.Of(text), lexicon);
        foreach (var hit in lexicon.AliasMatcher.FindAll(view.Words))
            if (Read(view, hit) is { } found) yield return found;

        if (enemySide is null) yield break;
        for (var i = 0; i < view.Words.Count; i++)
            if (view.Role(i).HasFlag(AttackWord.Enemy))
                yield return (new AttackerMention(view.Words[i], enemySide, AttackerBasis.EnemyOfSpeaker, "enemy"), Weak);
    }

    static (AttackerMention, int)? Read(View view, PhraseHit<ActorAlias> hit)
    {
        var alias = hit.Value;
        var before = view.PreviousWord(hit.FirstWord);
        if (view.EndsAt(before, AttackWord.TargetLead)) return null;
        if (view.Role(hit.EndWord).HasFlag(AttackWord.Supplier)) return null; // "U.S.-made missiles"

        (AttackerMention, int) Found(int endWord, string rule, int weight) => (
            new AttackerMention(new TextSpan(hit.Span.Start, view.Words[endWord - 1].End), alias.Iso2, AttackerBasis.Stated, rule),
            weight);

        // A state's bare name before a weapon is usually the target ("Moscow drone attack"); its possessive is not.
        var adjective = alias.Kind is ActorKind.Demonym or ActorKind.Group || hit.Possessive;
        for (var k = hit.EndWord; k < view.Words.Count && k <= hit.EndWord + MaxGap + 1; k++)
        {
            var role = view.Role(k);
            if ((role & (AttackWord.Defence | AttackWord.Passive | AttackWord.Supplier | AttackWord.Speech)) != 0) break;
            var end = view.EndOf(k);
            if (adjective && role.HasFlag(AttackWord.Noun) && k <= hit.EndWord + MaxGap
                && !view.Role(end).HasFlag(AttackWord.Defence)) // "missile defence" is no weapon
                return Found(end, "side-with-weapon", Stated);
            if (role.HasFlag(AttackWord.Verb) && !view.Role(end).HasFlag(AttackWord.Agent))
                return Found(end, "side-then-attack-verb", Stated);
        }

        if (view.Role(before).HasFlag(AttackWord.Agent) && alias.Kind != ActorKind.Capital && !view.DefendedBefore(before)
            && !view.Role(hit.EndWord).HasFlag(AttackWord.Defence)
            && !(alias.Kind == ActorKind.Demonym && view.IsCapitalised(hit.EndWord))) // "by Russian Railways"
            return Found(hit.EndWord, "by-side", Stated);
        if (view.EndsAt(before, AttackWord.Origin) && alias.Kind != ActorKind.Capital)
            return Found(hit.EndWord, "launched-from-side", Weak);
        if (alias.Kind == ActorKind.Group)
            // "the Israeli military said" quotes a source; it is weak evidence that the group attacked.
            return Found(hit.EndWord, "armed-group", view.Role(hit.EndWord).HasFlag(AttackWord.Speech) ? Weakest : Weak);
        return null;
    }

    /// <summary>One text's words with the attack-word role (and phrase end) that starts at each.</summary>
    sealed class View
    {
        readonly (AttackWord Value, int EndWord)[] roles;
        readonly ActorLexicon lexicon;
        public WordSpans Words { get; }

        // The same sentence is read once per incident it tells of: its view is kept for the next call on this thread.
        [ThreadStatic] static View? last;

        public static View Of(WordSpans words, ActorLexicon lexicon) =>
            last is { } kept && kept.Words == words && kept.lexicon == lexicon ? kept : last = new View(words, lexicon);

        View(WordSpans words, ActorLexicon lexicon)
        {
            Words = words;
            this.lexicon = lexicon;
            roles = new (AttackWord, int)[words.Count];
            foreach (var hit in lexicon.WordMatcher.FindAll(words)) roles[hit.FirstWord] = (hit.Value, hit.EndWord);
        }

        public AttackWord Role(int i) => i >= 0 && i < Words.Count ? roles[i].Value : AttackWord.None;
        public int EndOf(int i) => roles[i].Value == AttackWord.None ? i + 1 : roles[i].EndWord;
        public bool IsCapitalised(int i) => i < Words.Count && Words.IsCapitalised(i);

        /// <summary>The word before <paramref name="i"/>, skipping "the", "a", "an".</summary>
        public int PreviousWord(int i)
        {
            for (i--; i >= 0 && Role(i).HasFlag(AttackWord.Filler); i--) { }
            return i;
        }

        /// <summary>A phrase with <paramref name="role"/> ends with word <paramref name="last"/> ("in response to").</summary>
        public bool EndsAt(int last, AttackWord role)
        {
            for (var j = Math.Max(0, last - 3); j <= last; j++)
                if (roles[j].Value.HasFlag(role) && roles[j].EndWord == last + 1) return true;
            return false;
        }

        /// <summary>"shot down by ...": a defensive verb shortly before "by".</summary>
        public bool DefendedBefore(int by)
        {
            for (var j = Math.Max(0, by - 6); j < by; j++)
                if (roles[j].Value.HasFlag(AttackWord.Defended)) return true;
            return false;
        }
    }
}
