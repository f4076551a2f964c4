using System.Reflection;

namespace Raidlog.Geography;

/// <summary>Reads the place-name data under languages/ (embedded at build time) as rows of tab-separated cells.</summary>
static class LanguageFiles
{
    public static IEnumerable<(int Line, string[] Cells)> Rows(string path)
    {
        var name = "languages/" + path;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"language data {name} is not embedded in the engine");
        using var reader = new StreamReader(stream);
        int line = 0;
        for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#')) continue;
            yield return (line, text.Split('\t'));
        }
    }
}
