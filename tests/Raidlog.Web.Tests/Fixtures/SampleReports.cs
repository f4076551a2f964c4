using Raidlog.Articles;
using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Pipeline;
using Raidlog.Text;

namespace Raidlog.Web.Tests.Fixtures;

/// <summary>
/// Short reports written for these tests, with the incidents an extractor would find in them, so the web
/// tests do not depend on extraction quality. Two outlets disagree about Kyiv; one article is hostile.
/// Expected: 5 incidents (the two Kyiv reports merge), and on 2024-09-11 launched 11, intercepted 11, killed 1, injured 4.
/// </summary>
public static class SampleReports
{
    public const string HostileOutlet = "<img src=x onerror=\"window.__pwned='outlet'\">Evil Gazette";
    public const string HostileUrl = "javascript:window.__pwned='url'";
    public const string HostileScript = "<script>window.__pwned='text'</script>";

    static readonly Place Kyiv = new("Kyiv", "Kyiv City", "UA", 50.4501, 30.5234);
    static readonly Place Odesa = new("Odesa", "Odesa Oblast", "UA", 46.4775, 30.7326);
    static readonly Place Kharkiv = new("Kharkiv", "Kharkiv Oblast", "UA", 49.9935, 36.2304);
    static readonly Place Belgorod = new("Belgorod", "Belgorod Oblast", "RU", 50.5977, 36.5858);
    static readonly Place Moscow = new("Moscow", "Moscow", "RU", 55.7522, 37.6156);

    public static IEnumerable<Extraction> All()
    {
        yield return Report("kyiv-ledger", "Northern Ledger", "https://ledger.example/kyiv", "2024-09-10",
            "Russia sent 40 drones towards Kyiv overnight, the air force said. Air defence destroyed 36 of them over the capital.",
            Kyiv, AttackMode.Drone, "RU", launched: (40, "the air force", 0), intercepted: (36, "the air force", 1));
        yield return Report("kyiv-courier", "River Courier", "https://courier.example/news/1", "2024-09-10",
            "The mayor said 38 of the 40 drones aimed at Kyiv were shot down. Two residents were hurt by falling debris.",
            Kyiv, AttackMode.Drone, "RU", launched: (40, "the mayor", 0), intercepted: (38, "the mayor", 0), injured: (2, "the mayor", 1));
        yield return Report("odesa-port", "Harbour Post", "https://harbour.example/odesa", "2024-09-10",
            "Two missiles hit the port of Odesa on Tuesday and killed 3 dock workers, the regional governor said.",
            Odesa, AttackMode.Missile, "RU", launched: (2, "the regional governor", 0), killed: (3, "the regional governor", 0));
        yield return Report("belgorod-shelling", "Steppe Daily", "https://steppe.example/b", "2024-09-11",
            "Shelling of Belgorod killed 1 man and wounded 4 others, the governor wrote on Telegram.",
            Belgorod, AttackMode.Artillery, "UA", killed: (1, "the governor", 0), injured: (4, "the governor", 0));
        yield return Report("moscow-drones", "Capital Times", "https://capital.example/m", "2024-09-11",
            "The defence ministry said all 11 drones flying at Moscow were brought down. Nobody was hurt.",
            Moscow, AttackMode.Drone, "UA", launched: (11, "the defence ministry", 0), intercepted: (11, "the defence ministry", 0));
        yield return Report("kharkiv-hostile", HostileOutlet, HostileUrl, "2024-09-12",
            $"{HostileScript} A glide bomb hit Kharkiv and injured 5 people <img src=x onerror=\"window.__pwned='img'\"> the governor said.",
            Kharkiv, AttackMode.Air, "RU", injured: (5, "<b onmouseover=\"window.__pwned='claimant'\">governor</b>", 0));
    }

    /// <summary>Figures come as (value, claimant, index of the sentence that states it).</summary>
    static Extraction Report(string id, string outlet, string url, string published, string text, Place place, AttackMode mode, string attacker,
        (int, string, int)? launched = null, (int, string, int)? intercepted = null, (int, string, int)? killed = null, (int, string, int)? injured = null)
    {
        var sentences = Sentences(text);
        var claims = new List<Claim>();
        void Add(Figure figure, (int Value, string Claimant, int Sentence)? f)
        {
            if (f is { } c) claims.Add(new Claim(figure.ToWire(), c.Value, c.Claimant, sentences[c.Sentence]));
        }
        Add(Figure.Launched, launched);
        Add(Figure.Intercepted, intercepted);
        Add(Figure.Killed, killed);
        Add(Figure.Injured, injured);
        var date = DateOnly.Parse(published);
        var incident = new Incident
        {
            Date = date, Place = place, Mode = mode, Attacker = attacker,
            Launched = launched?.Item1, Intercepted = intercepted?.Item1, Killed = killed?.Item1, Injured = injured?.Item1,
            Evidence = sentences, Claims = claims,
        };
        return new Extraction(new Article(id, text, new ArticleMetadata(date, outlet, url)), [incident]);
    }

    static List<TextSpan> Sentences(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                spans.Add(new TextSpan(start, i + 1));
                start = i + 2;
            }
        return spans;
    }
}
