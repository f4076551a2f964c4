namespace Raidlog.Storage;

/// <summary>The store cannot be used (corrupt file, locked, unreachable server); the message is one line naming the store.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
