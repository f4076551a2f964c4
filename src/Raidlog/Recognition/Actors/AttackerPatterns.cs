using System.Text.RegularExpressions;

namespace Raidlog.Recognition.Actors;

/// <summary>The patterns that make a side's name an attacker, built from an <see cref="ActorLexicon"/>.</summary>
sealed class AttackerPatterns
{
    const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>(rule name, pattern with an "actor" group, weight: higher wins within a sentence).</summary>
    public IReadOnlyList<(string Rule, Regex Pattern, int Weight)> Stated { get; }
    public Regex Enemy { get; } = new(@"\b(?i:enemy|adversary)\b", Options);

    // Air defence is the defender: "Russian air defences destroyed 12 drones" names no attacker.
    static readonly Regex Defence = new(@"(?i)defen[cs]e|defenders|interceptors", Options);
    // "was attacked", "has been hit": the name before a passive verb is the target, not the attacker.
    static readonly Regex Passive = new(@"(?i)\b(?:was|were|is|are|been|being|be|got)\b", Options);
    // A side named as the one struck ("strikes on Hezbollah") or as the cause of a reprisal is not the attacker.
    static readonly Regex TargetBefore = new(
        @"(?i)\b(?:on|against|at|targeting|targeted|toward|towards|into|over|hit|struck|attacked|in\s+response\s+to|in\s+retaliation\s+for|retaliation\s+for|responding\s+to)\s+(?:the\s+|a\s+|an\s+)?$",
        Options | RegexOptions.RightToLeft);
    // Defensive verbs before "by ...": "shot down by Ukrainian forces" names the defender.
    static readonly Regex DefendedBefore = new(
        @"(?i)\b(?:shot\s+down|downed|destroyed|intercepted|repelled|repulsed|jammed|suppressed|neutrali[sz]ed)\b[^.;]{0,30}$",
        Options | RegexOptions.RightToLeft);

    public AttackerPatterns(ActorLexicon words)
    {
        var adjectives = words.Alternation(ActorKind.Demonym, ActorKind.Group);
        var states = words.Alternation(ActorKind.Country, ActorKind.Capital);
        var anySide = words.Alternation(ActorKind.Demonym, ActorKind.Group, ActorKind.Country, ActorKind.Capital);
        var nouns = ActorLexicon.Words(words.AttackNouns);
        var verbs = ActorLexicon.Words(words.AttackVerbs);
        const string possessive = @"(?:['’]s)?";
        const string upToTwoWords = @"\s+(?<gap>(?:[\w’'-]+\s+){0,2}?)";
        Stated =
        [
            ("side-with-weapon", new Regex($@"(?<actor>{adjectives}){possessive}{upToTwoWords}(?i:{nouns})", Options), 3),
            // A state's name needs the possessive: "Ukraine's drone attack", but "Moscow drone attack" is one on Moscow.
            ("state-with-weapon", new Regex($@"(?<actor>{states})['’]s{upToTwoWords}(?i:{nouns})", Options), 3),
            ("side-then-attack-verb", new Regex($@"(?<actor>{anySide}){possessive}{upToTwoWords}(?:has\s+|have\s+|had\s+)?(?i:{verbs})(?!\s+by\b)", Options), 3),
            ("by-side", new Regex($@"(?i:\bby)\s+(?:the\s+)?(?<actor>{words.Alternation(ActorKind.Demonym, ActorKind.Group, ActorKind.Country)})(?<gap>(?:\s+[\w’'-]+){{0,2}})", Options), 3),
            ("armed-group", new Regex($@"(?<actor>{words.Alternation(ActorKind.Group)})(?<gap>)", Options), 2),
        ];
    }

    public bool IsExcluded(string text, Match m)
    {
        var gap = m.Groups["gap"].Value;
        if (Defence.IsMatch(gap) || Passive.IsMatch(gap)) return true;
        var before = text[Math.Max(0, m.Index - 40)..m.Index];
        if (TargetBefore.IsMatch(before)) return true;
        return m.Value.StartsWith("by", StringComparison.OrdinalIgnoreCase) && DefendedBefore.IsMatch(before);
    }
}
