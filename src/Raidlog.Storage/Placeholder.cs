namespace Raidlog.Storage; internal static class Placeholder { }
