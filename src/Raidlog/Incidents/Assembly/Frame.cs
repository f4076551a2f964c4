using Raidlog.Recognition.Places;
using Raidlog.Text;

namespace Raidlog.Incidents.Assembly;

/// <summary>
/// One figure stated in one sentence: "destroyed 11 drones over the Kursk Region" is (intercepted, 11, drone,
/// Kursk). Place is null when the sentence names none; IsWave when it names several for one figure.
/// Noun tells parts apart ("30 drones and one missile") so they are added, not overwritten.
/// </summary>
/// At is the text offset of the number (-1 when the figure has none of its own).
public sealed record Frame(Figure Figure, int Value, AttackMode Mode, string Noun, PlaceMention? Place, bool IsWave, int Sentence, TextSpan Evidence, int At = -1);
