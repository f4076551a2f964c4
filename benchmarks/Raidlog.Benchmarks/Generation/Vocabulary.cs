namespace Raidlog.Benchmarks.Generation;

/// <summary>The words the generated reports are built from: places, weapons, speakers, page furniture.</summary>
static class Vocabulary
{
    public sealed record Side(string Country, string Attacker, string Defender, string[] Regions, string[] Towns, string[] Speakers);

    public static readonly Side[] Sides =
    [
        new("Russia", "Ukraine", "Russian", ["Belgorod", "Kursk", "Bryansk", "Oryol", "Tula", "Kaluga", "Voronezh", "Rostov", "Moscow", "Smolensk"],
            ["Belgorod", "Kursk", "Bryansk", "Voronezh", "Podolsk", "Novoshakhtinsk", "Grayvoron", "Shebekino", "Lgov", "Ramenskoye"],
            ["the Russian Defence Ministry", "the regional governor", "the mayor", "the emergencies ministry"]),
        new("Ukraine", "Russia", "Ukrainian", ["Kharkiv", "Odesa", "Mykolaiv", "Dnipropetrovsk", "Zaporizhzhia", "Sumy", "Kyiv", "Poltava", "Kherson", "Vinnytsia"],
            ["Kharkiv", "Odesa", "Mykolaiv", "Dnipro", "Zaporizhzhia", "Sumy", "Kyiv", "Poltava", "Kherson", "Nikopol", "Konotop", "Izium"],
            ["the Ukrainian air force", "the regional military administration", "the head of the regional administration", "the State Emergency Service"]),
    ];

    public static readonly string[] Weapons = ["drones", "Shahed drones", "attack drones", "fixed-wing drones", "cruise missiles", "ballistic missiles", "guided aerial bombs", "rockets"];
    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    public static readonly string[] Numbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a dozen", "two dozen"];
    public static readonly string[] Targets = ["an apartment block", "a grain terminal", "a power substation", "a private house", "a fuel depot", "a school building", "a warehouse", "a railway depot"];
    public static readonly string[] Outlets = ["Desk Wire", "Morning Post", "Eastern Monitor", "River Daily", "Border Herald"];

    public static readonly string[] Noise =
    [
        "Read more: Another night of alarms across the region as air defence works again",
        "Most Popular", "Comments 0", "This audio is created with AI assistance", "ua en ru",
        "Sign up for our morning newsletter and get the day's main stories in your inbox",
        "Support independent journalism: donate now", "Tags: drones, air defence, war",
        "Photo: regional emergency service", "Advertisement", "Share this article",
    ];

    // Context paragraphs with no figures, so articles reach real lengths (1-6 KB) without new incidents.
    public static readonly string[] Background =
    [
        "Attacks of this kind have become a regular feature of the war, with both sides sending long-range weapons deep behind the front line at night.",
        "Officials in the area urged residents to stay away from windows during alerts and to report any debris they find to the emergency services rather than touching it.",
        "Independent verification of the figures was not possible, and the other side did not comment on the claims by the time of publication.",
        "Local media published footage that appeared to show flashes in the night sky and the sound of air defence in action over the outskirts.",
        "Energy companies said repair crews were working to restore supplies, while schools in the district switched to remote lessons for the day.",
        "Analysts say the use of cheap drones in large numbers is meant to wear down air defences before heavier weapons are sent in.",
        "The strikes came a day after talks between officials of several countries ended without agreement on the next steps.",
        "Residents described being woken by loud bangs shortly before dawn and spending hours in shelters and basements.",
    ];
}
