namespace Raidlog.Recognition.Lexicons;

/// <summary>A language data file is malformed; the message starts with "file:line:".</summary>
public sealed class LanguageDataException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}");
