namespace Raidlog.Storage.Views;

/// <summary>One page of results and how many there are in all.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int Offset, int Limit);
