namespace Raidlog.Web; internal static class Placeholder { }
