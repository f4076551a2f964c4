using Raidlog.Articles;

namespace Raidlog.Tests.Articles;

public class ArticleReaderTests
{
    [Fact]
    public void Reads_metadata_from_the_source_block_of_a_gold_file_beside_the_text()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "r1.txt"), "Two drones were shot down over Kursk overnight.");
        File.WriteAllText(Path.Combine(dir, "r1.json"), """{"source": {"published": "2024-05-02", "outlet": "Wire"}, "incidents": []}""");

        var read = ArticleReader.ReadAll([dir]).Single();

        read.Article.ShouldNotBeNull();
        read.Article.Id.ShouldBe("r1");
        read.Article.Metadata.Published.ShouldBe(new DateOnly(2024, 5, 2));
        read.Article.Metadata.Outlet.ShouldBe("Wire");
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_not_a_crash()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory().FullName, "bad.txt");
        File.WriteAllBytes(file, [0x44, 0xff, 0xfe, 0x00]);

        var read = ArticleReader.ReadText(file);

        read.Article.ShouldBeNull();
        read.Error.ShouldNotBeNull();
    }
}
