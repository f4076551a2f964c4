using System.Reflection;
using Raidlog.Incidents;
using Raidlog.Languages;

namespace Raidlog.Recognition.Lexicons;

/// <summary>
/// Everything the engines know about one language, read from languages/XX/*.tsv (embedded in the assembly
/// at build time, or read from a folder). Every row is validated on load; errors name file and line.
/// </summary>
public sealed class LanguageLexicons
{
    /// <summary>The language code: the name of the folder under languages/ the data came from ("en", "de").</summary>
    public string Language { get; private init; } = "en";
    public PhraseMatcher<NumberWord> Numbers { get; } = new();
    public PhraseMatcher<bool> Vague { get; } = new();
    public PhraseMatcher<bool> Hedges { get; } = new();
    public PhraseMatcher<Weapon> Weapons { get; } = new();
    public PhraseMatcher<Outcome> Outcomes { get; } = new();
    public PhraseMatcher<Figure> Casualties { get; } = new();
    public PhraseMatcher<bool> People { get; } = new();
    public PhraseMatcher<string> Actors { get; } = new();
    public PhraseMatcher<PlaceCue> PlaceCues { get; } = new();
    /// <summary>Titles that, after a place name, make it the official's jurisdiction ("Belgorod governor").</summary>
    public PhraseMatcher<bool> OfficeTitles { get; } = new();
    /// <summary>Capitalised words that never begin or make up a place name ("In", "Thursday", "Air Force").</summary>
    public HashSet<string> NotPlaces { get; } = new(StringComparer.Ordinal);
    /// <summary>Not-places that are a place when something hits them ("an attack on the Kremlin").</summary>
    public HashSet<string> Landmarks { get; } = new(StringComparer.Ordinal);
    /// <summary>Given names that open a person's name ("Vladimir Putin"): such a run is not a place.</summary>
    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> Abbreviations { get; } = new(StringComparer.Ordinal);
    /// <summary>Month names and abbreviations, lower case: a number beside one is a date, not a count.</summary>
    public HashSet<string> Months { get; } = new(StringComparer.Ordinal);
    /// <summary>Words right after a number that make it a measure, not a count ("5 km", "10 Uhr").</summary>
    public HashSet<string> Measures { get; } = new(StringComparer.Ordinal);
    public FrameWords FrameWords { get; } = new();
    /// <summary>Raw rows of files other engines read themselves.</summary>
    public Dictionary<string, List<TsvRow>> Extra { get; } = new(StringComparer.Ordinal);

    static readonly PerLanguage<LanguageLexicons> Loaded = new(FromResources);

    public static LanguageLexicons English => For("en");

    /// <summary>The embedded data of one language, loaded once and shared.</summary>
    public static LanguageLexicons For(string language) => Loaded.For(language);

    /// <summary>The languages with a full data folder embedded (their numbers.tsv is the marker).</summary>
    public static IReadOnlyList<string> Available { get; } = typeof(LanguageLexicons).Assembly.GetManifestResourceNames()
        .Select(n => n.Split('/')).Where(p => p is ["languages", _, "numbers.tsv"]).Select(p => p[1]).Order().ToList();

    public static LanguageLexicons FromResources(string language)
    {
        var asm = typeof(LanguageLexicons).Assembly;
        var prefix = $"languages/{language}/";
        return Build(language, asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && !n[prefix.Length..].Contains('/'))
            .Select(n => (n, Read(asm, n))));
    }

    public static LanguageLexicons FromFolder(string folder) =>
        Build(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".tsv")).Select(f => (f, File.ReadAllText(f))));

    static string Read(Assembly asm, string name)
    {
        using var s = asm.GetManifestResourceStream(name)!;
        return new StreamReader(s).ReadToEnd();
    }

    static LanguageLexicons Build(string language, IEnumerable<(string File, string Content)> files)
    {
        var d = new LanguageLexicons { Language = language };
        foreach (var (file, content) in files)
        {
            switch (Path.GetFileName(file))
            {
                case "numbers.tsv":
                    foreach (var r in TsvRow.Parse(file, content, 3)) d.Numbers.Add(r[0], new NumberWord(r.Int(1), r.Enum<NumberRole>(2)), r);
                    break;
                case "vague.tsv": foreach (var r in TsvRow.Parse(file, content)) d.Vague.Add(r[0], true, r); break;
                case "hedges.tsv": foreach (var r in TsvRow.Parse(file, content)) d.Hedges.Add(r[0], true, r); break;
                case "people.tsv": foreach (var r in TsvRow.Parse(file, content)) d.People.Add(r[0], true, r); break;
                case "weapons.tsv":
                    foreach (var r in TsvRow.Parse(file, content, 3)) d.Weapons.Add(r[0], new Weapon(r.Enum<AttackMode>(1), YesNo(r, 2)), r);
                    break;
                case "outcomes.tsv": foreach (var r in TsvRow.Parse(file, content, 2)) d.Outcomes.Add(r[0], r.Enum<Outcome>(1), r); break;
                case "casualties.tsv":
                    foreach (var r in TsvRow.Parse(file, content, 2))
                        d.Casualties.Add(r[0], r.Enum<Figure>(1) is var f && f is Figure.Killed or Figure.Injured ? f : throw r.Error("expected killed or injured"), r);
                    break;
                case "actors.tsv": foreach (var r in TsvRow.Parse(file, content, 2).Where(r => r[2] != "capital")) d.Actors.Add(r[0], Iso2(r, 1), r); break;
                case "countries.tsv": foreach (var r in TsvRow.Parse(file, content, 2)) d.CountryNames[Iso2(r, 0)] = r[1]; break;
                case "place-cues.tsv": foreach (var r in TsvRow.Parse(file, content, 2)) d.PlaceCues.Add(r[0], r.Enum<PlaceCue>(1), r); break;
                case "office-titles.tsv": foreach (var r in TsvRow.Parse(file, content)) d.OfficeTitles.Add(r[0], true, r); break;
                case "not-places.tsv":
                    foreach (var r in TsvRow.Parse(file, content, 2))
                    {
                        d.NotPlaces.Add(r[0].ToLowerInvariant());
                        if (r[1] == "landmark") d.Landmarks.Add(r[0].ToLowerInvariant());
                    }
                    break;
                case "given-names.tsv": foreach (var r in TsvRow.Parse(file, content, 2)) d.GivenNames.Add(r[0].ToLowerInvariant()); break;
                case "abbreviations.tsv": foreach (var r in TsvRow.Parse(file, content)) d.Abbreviations.Add(r[0].ToLowerInvariant()); break;
                case "months.tsv":
                    foreach (var r in TsvRow.Parse(file, content, 2)) d.Months.Add(r[0].ToLowerInvariant());
                    break;
                case "measures.tsv": foreach (var r in TsvRow.Parse(file, content)) d.Measures.Add(r[0].ToLowerInvariant()); break;
                case "frame-words.tsv": foreach (var r in TsvRow.Parse(file, content, 2)) d.FrameWords.Add(r[0], r[1]); break;
                default: d.Extra[Path.GetFileName(file)] = TsvRow.Parse(file, content); break;
            }
        }
        return d;
    }

    static bool YesNo(TsvRow r, int i) => r[i] switch { "yes" => true, "no" => false, _ => throw r.Error($"'{r[i]}' is not yes or no") };

    static string Iso2(TsvRow r, int i) =>
        r[i].Length == 2 && r[i].All(char.IsAsciiLetterUpper) ? r[i] : throw r.Error($"'{r[i]}' is not an ISO 3166 alpha-2 code");
}
