using Raidlog.Articles;

namespace Raidlog.Tests.Articles;

public class PublicationDateFinderTests
{
    [Theory]
    [InlineData(" date 2024-09-17 Drones hit a depot.", "2024-09-17")]
    [InlineData("Logo\nPublished: 2023-12-05 10:17 / Last Updated: 2023-12-06\nText.", "2023-12-05")]
    [InlineData("Menu\nPublished 5 December 2023\nText.", "2023-12-05")]
    [InlineData("Published October 16, 2023\nUpdated October 17, 2023", "2023-10-16")]
    [InlineData("Agency\nPublished February 07,2024\nSubscribe", "2024-02-07")]
    [InlineData("Posted on Sept. 3, 2023 by staff", "2023-09-03")]
    [InlineData("news time08-05-2025 Kharkiv was shelled.", "2025-05-08")]
    public void Finds_the_date_a_page_prints_for_itself(string text, string expected) =>
        PublicationDateFinder.English.Find(text).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("The attack on 2024-09-17 killed two.")]
    [InlineData("Officials said the date 2024-09-17 was chosen.")]
    [InlineData("Published 31 February 2024")]
    public void Gives_no_date_when_the_page_does_not_state_its_own(string text) =>
        PublicationDateFinder.English.Find(text).ShouldBeNull();

    [Fact]
    public void Metadata_wins_over_a_date_line_in_the_text()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "m.json");
        File.WriteAllText(file, """{"text": "date 2020-01-01\nBody.", "published": "2021-02-03"}""");
        ArticleReader.ReadAll([file]).Single().Article!.Metadata.Published.ShouldBe(new DateOnly(2021, 2, 3));
    }

    [Fact]
    public void A_text_file_without_metadata_takes_its_date_line()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "t.txt");
        File.WriteAllText(file, "date 2022-10-17\nExplosions in the morning.");
        ArticleReader.ReadAll([file]).Single().Article!.Metadata.Published.ShouldBe(new DateOnly(2022, 10, 17));
    }

    [Fact]
    public void A_german_page_gives_its_date_in_the_german_form()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "g.txt");
        File.WriteAllText(file, "Veröffentlicht am 31.05.2023\nDie Flugabwehr hat in der Nacht acht Drohnen über der Stadt zerstört, teilte das Ministerium mit.");
        var article = ArticleReader.ReadAll([file]).Single().Article!;
        article.Metadata.Language.ShouldBe("de");
        article.Metadata.Published.ShouldBe(new DateOnly(2023, 5, 31));
    }
}
