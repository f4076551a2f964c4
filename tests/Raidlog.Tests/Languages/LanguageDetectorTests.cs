using Raidlog.Articles;
using Raidlog.Languages;

namespace Raidlog.Tests.Languages;

public class LanguageDetectorTests
{
    [Theory]
    [InlineData("Russland hat die Ukraine in der Nacht mit 40 Drohnen angegriffen, teilte die Luftwaffe mit.", "de")]
    [InlineData("Russia attacked Ukraine with 40 drones overnight, the air force said on Telegram.", "en")]
    [InlineData("Россия атаковала Украину сорока беспилотниками, сообщили в ВВС.", "en")] // no pipeline: the fallback
    [InlineData("Kyiv, 12.05.", "en")] // too few words to tell
    public void Common_words_tell_the_language(string text, string expected) =>
        LanguageDetector.Default.Detect(text).ShouldBe(expected);

    [Fact]
    public void A_war_report_in_english_is_not_german_for_its_war_and_die()
    {
        const string text = "Soldiers die as the war drags on; the ministry said in a statement that an attack was repelled.";
        LanguageDetector.Default.Detect(text).ShouldBe("en");
    }

    [Fact]
    public void The_reader_detects_the_language_only_when_the_metadata_does_not_give_it()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        const string german = "Die Flugabwehr hat in der Nacht zwölf Drohnen über der Region Kursk zerstört, teilte das Ministerium mit.";
        File.WriteAllText(Path.Combine(dir, "ohne.txt"), german);
        File.WriteAllText(Path.Combine(dir, "mit.txt"), german);
        File.WriteAllText(Path.Combine(dir, "mit.meta.json"), """{"language": "en"}""");
        File.WriteAllText(Path.Combine(dir, "record.jsonl"), """{"id": "r", "text": "Die Flugabwehr hat zwölf Drohnen zerstört, teilte das Ministerium mit und sagte, es sei niemand verletzt worden.", "language": "de-CH"}""");

        var read = ArticleReader.ReadAll([dir]).ToDictionary(r => r.Article!.Id, r => r.Article!.Metadata.Language);

        read["ohne"].ShouldBe("de");
        read["mit"].ShouldBe("en");
        read["r"].ShouldBe("de");
    }
}
