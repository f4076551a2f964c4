using Raidlog.Articles;

namespace Raidlog.Tests.Articles;

public class ArticleFormatsTests
{
    static string Folder() => Directory.CreateTempSubdirectory("raidlog-read-").FullName;

    [Fact]
    public void A_json_record_carries_its_own_id_text_and_metadata()
    {
        var file = Path.Combine(Folder(), "whatever.json");
        File.WriteAllText(file, """{"id": "r-9", "text": "Shelling hit Nikopol.", "published": "2024-06-01T08:00:00Z", "outlet": "Desk", "url": "https://example.org/a"}""");

        var article = ArticleReader.ReadAll([file]).Single().Article!;

        article.Id.ShouldBe("r-9");
        article.Text.ShouldBe("Shelling hit Nikopol.");
        article.Metadata.ShouldBe(new ArticleMetadata(new DateOnly(2024, 6, 1), "Desk", "https://example.org/a"));
    }

    [Fact]
    public void A_bad_jsonl_line_names_file_and_line_and_the_lines_after_it_are_read()
    {
        var file = Path.Combine(Folder(), "feed.jsonl");
        File.WriteAllText(file, "{\"id\": \"a\", \"text\": \"one\"}\r\n\n{\"id\": \"b\", \"text\": \n{\"text\": \"three\"}\n");

        var results = ArticleReader.ReadAll([file]).ToList();

        results.Select(r => r.Article?.Id).ShouldBe(["a", null, "feed-4"]);
        results[1].Source.ShouldBe(file + ":3");
        results[1].Error!.ShouldContain("malformed JSON");
    }

    [Fact]
    public void A_folder_is_read_recursively_and_gold_and_meta_files_are_not_articles()
    {
        var dir = Folder();
        var sub = Directory.CreateDirectory(Path.Combine(dir, "nested")).FullName;
        File.WriteAllText(Path.Combine(sub, "x1.txt"), "Drones over Bryansk.");
        File.WriteAllText(Path.Combine(sub, "x1.json"), """{"source": {"published": "2023-01-02"}, "incidents": [{"place": "Secret"}]}""");
        File.WriteAllText(Path.Combine(dir, "x2.txt"), "Missiles over Lviv.");
        File.WriteAllText(Path.Combine(dir, "x2.meta.json"), """{"published": "2023-03-04", "outlet": "Side"}""");
        File.WriteAllText(Path.Combine(dir, "notes.md"), "not an input");

        var articles = ArticleReader.ReadAll([dir]).Select(r => r.Article!).ToList();

        articles.Select(a => a.Id).ShouldBe(["x1", "x2"], ignoreOrder: true);
        articles.Single(a => a.Id == "x1").Metadata.Published.ShouldBe(new DateOnly(2023, 1, 2));
        articles.Single(a => a.Id == "x2").Metadata.Outlet.ShouldBe("Side");
    }

    [Fact]
    public void A_file_over_the_size_cap_is_refused_without_reading_it()
    {
        var file = Path.Combine(Folder(), "dump.txt");
        using (var f = File.Create(file)) f.SetLength(ReadLimits.MaxArticleBytes + 1);

        var read = ArticleReader.ReadAll([file]).Single();

        read.Article.ShouldBeNull();
        read.Error!.ShouldContain("too large");
    }

    [Fact]
    public void An_oversized_jsonl_line_is_skipped_and_the_next_line_read()
    {
        var file = Path.Combine(Folder(), "big.jsonl");
        File.WriteAllText(file, "{\"text\": \"" + new string('x', ReadLimits.MaxArticleBytes) + "\"}\n{\"id\": \"ok\", \"text\": \"fine\"}\n");

        var results = ArticleReader.ReadAll([file]).ToList();

        results[0].Error!.ShouldContain("too large");
        results[1].Article!.Id.ShouldBe("ok");
    }

    [Fact]
    public void Every_bundled_example_report_reads_cleanly_in_each_format()
    {
        var examples = Path.Combine(Raidlog.Tests.Languages.LanguageExample.RepositoryRoot(), "examples", "reports");

        var results = ArticleReader.ReadAll([examples]).ToList();

        results.Where(r => r.Error is not null).Select(r => $"{r.Source}: {r.Error}").ShouldBeEmpty();
        results.Select(r => Path.GetExtension(r.Source.Split(':')[0])).Distinct().ShouldBe([".json", ".jsonl", ".txt"], ignoreOrder: true);
        results.ShouldAllBe(r => r.Article!.Metadata.Published != null);
    }
}
