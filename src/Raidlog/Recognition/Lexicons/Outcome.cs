namespace Raidlog.Recognition.Lexicons;

/// <summary>What happened to counted weapons: FORMAT.md's launched / intercepted / suppressed, or a hit.</summary>
public enum Outcome { Launched, Intercepted, Suppressed, Hit }

/// <summary>What the words around a place name say about it; None when no cue word precedes it. Office: the place an
/// official speaks for ("the governor of Kursk", "Belgorod governor"), not itself a place hit, but where figures the
/// official gives without a place belong.</summary>
public enum PlaceCue { None, Target, Launch, Elsewhere, Office }

/// <summary>Unit adds, Scale multiplies; Article counts only when no punctuation or sentence end follows (German "ein": "ein Mann" is one man,
/// "schlugen drei Raketen ein," ends a verb).</summary>
public enum NumberRole { Unit, Scale, Article }

public sealed record NumberWord(int Value, NumberRole Role);

public sealed record Weapon(Incidents.AttackMode Mode, bool Counted);
