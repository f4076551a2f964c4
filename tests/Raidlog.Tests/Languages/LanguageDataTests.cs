using Raidlog.Languages;

namespace Raidlog.Tests.Languages;

public class LanguageDataTests
{
    [Fact]
    public void A_line_with_the_wrong_number_of_columns_fails_with_file_and_line()
    {
        var error = Should.Throw<LanguageDataException>(() =>
            LanguageData.Parse("languages/xx/months.tsv", "# month\tnumber\nMay\t5\nJune 6\n", 2, 2));

        error.Message.ShouldStartWith("languages/xx/months.tsv:3:");
    }

    [Fact]
    public void A_bad_cell_fails_with_file_and_line()
    {
        var row = LanguageData.Parse("languages/xx/months.tsv", "\n\nMay\tfive\n", 2, 2).Single();

        Should.Throw<LanguageDataException>(() => row.Int(1)).Message.ShouldStartWith("languages/xx/months.tsv:3:");
    }

    [Theory]
    [InlineData("months.tsv", 3)]
    [InlineData("relative-days.tsv", 3)]
    [InlineData("actors.tsv", 3)]
    [InlineData("claimant-sources.tsv", 4)]
    public void The_english_data_ships_inside_the_engine(string file, int columns)
    {
        LanguageData.ReadTable("en", file, columns, columns + 1).Count.ShouldBeGreaterThan(5);
    }
}
