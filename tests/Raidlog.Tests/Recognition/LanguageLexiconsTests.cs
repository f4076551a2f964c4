using Raidlog.Languages;
using Raidlog.Recognition.Lexicons;

namespace Raidlog.Tests.Recognition;

public class LanguageLexiconsTests
{
    [Fact]
    public void The_english_data_loads_with_every_file_it_needs()
    {
        var en = LanguageLexicons.English;
        en.Weapons.Count.ShouldBeGreaterThan(50);
        en.Outcomes.Count.ShouldBeGreaterThan(20);
        en.CountryNames["UA"].ShouldBe("Ukraine");
    }

    [Fact]
    public void A_bad_row_fails_the_load_naming_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "weapons.tsv"), "# phrase\tmode\tcounted\ndrones\tdrone\tyes\nrockets\tcatapult\tyes\n");

        var error = Should.Throw<LanguageDataException>(() => LanguageLexicons.FromFolder(dir));

        error.Message.ShouldStartWith(Path.Combine(dir, "weapons.tsv") + ":3:");
        error.Message.ShouldContain("catapult");
    }
}
