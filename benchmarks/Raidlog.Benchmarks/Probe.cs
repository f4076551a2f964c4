static class Probe
{
    public static void Run()
    {
        var path = Raidlog.Geography.GazetteerFile.Locate();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int n = 0; var all = new List<string>();
        Raidlog.Geography.GazetteerFile.Read(path, (e, names) => { n += names.Length; all.AddRange(names); });
        Console.WriteLine($"read: {sw.ElapsedMilliseconds} ms, {n} names");
        sw.Restart();
        foreach (var s in all) Raidlog.Geography.NameKey.Normalize(s);
        Console.WriteLine($"normalize: {sw.ElapsedMilliseconds} ms");
        sw.Restart(); int v = 0;
        foreach (var s in all) if (s.Length > 0 && s[0] >= '\u0400' && s[0] <= '\u04FF') v += Raidlog.Geography.Transliterator.AllVariants(Raidlog.Geography.NameKey.Normalize(s, true)).Count();
        Console.WriteLine($"translit: {sw.ElapsedMilliseconds} ms {v}");
    }
}
