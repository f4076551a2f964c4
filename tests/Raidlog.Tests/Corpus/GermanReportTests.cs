using Raidlog.Articles;
using Raidlog.Pipeline;

namespace Raidlog.Tests.Corpus;

/// <summary>Short German reports, written for these tests, through the default (dispatching) pipeline.</summary>
public class GermanReportTests
{
    static readonly IExtractor Extractor = Extractors.Default();

    static Article Report(string text, string? published, string language = "de") =>
        new("bericht", text, new ArticleMetadata(published is null ? null : DateOnly.Parse(published), Language: language));

    [Fact]
    public void A_drone_attack_on_Moscow_gets_its_english_name_figures_and_claimant()
    {
        var text = "Drohnen über Moskau\n\nDie russische Hauptstadt Moskau ist in der Nacht mit neun Drohnen angegriffen worden. "
                   + "Laut dem Verteidigungsministerium wurden sechs davon abgeschossen. Zwei Menschen wurden leicht verletzt.";
        var incidents = Extractor.Extract(Report(text, "2024-09-10")).Incidents;

        var moscow = incidents.ShouldHaveSingleItem();
        moscow.Place.Name.ShouldBe("Moscow");
        moscow.Date.ShouldBe(new DateOnly(2024, 9, 10));
        moscow.Launched.ShouldBe(9);
        moscow.Intercepted.ShouldBe(6);
        moscow.Injured.ShouldBe(2);
        moscow.Attacker.ShouldBe("UA");
        moscow.Claims.ShouldContain(c => c.Field == "intercepted" && c.Claimant == "Defence Ministry");
    }

    [Fact]
    public void A_region_named_after_its_word_and_an_ordinal_date_are_read_the_german_way()
    {
        var text = "Am 12. August zerstörte die Flugabwehr über der Region Belgorod 14 ukrainische Drohnen, teilte das Ministerium mit.";
        var incidents = Extractor.Extract(Report(text, "2024-08-13")).Incidents;

        var belgorod = incidents.ShouldHaveSingleItem();
        belgorod.Place.Admin1.ShouldBe("Belgorod Oblast");
        belgorod.Date.ShouldBe(new DateOnly(2024, 8, 12));
        belgorod.Intercepted.ShouldBe(14);
        belgorod.Attacker.ShouldBe("UA");
    }

    [Fact]
    public void Killed_and_injured_after_their_numbers_are_kept_apart()
    {
        var text = "Bei einem russischen Raketenangriff auf die ukrainische Stadt Saporischschja wurden drei Menschen getötet und elf verletzt.";
        var incidents = Extractor.Extract(Report(text, "2024-04-02")).Incidents;

        var city = incidents.ShouldHaveSingleItem();
        city.Place.Name.ShouldBe("Zaporizhzhia");
        city.Mode.ShouldBe(Raidlog.Incidents.AttackMode.Missile);
        city.Killed.ShouldBe(3);
        city.Injured.ShouldBe(11);
    }

    [Fact]
    public void The_same_attack_told_in_english_and_in_german_gives_the_same_record()
    {
        var english = Extractor.Extract(Report("Air defences shot down eight drones over Kursk overnight, the ministry said.", "2024-05-02", "en")).Incidents;
        var german = Extractor.Extract(Report("Die Flugabwehr schoss in der Nacht acht Drohnen über Kursk ab, teilte das Ministerium mit.", "2024-05-02")).Incidents;

        var en = english.ShouldHaveSingleItem();
        var de = german.ShouldHaveSingleItem();
        (de.Place.Name, de.Place.Admin1, de.Date, de.Mode, de.Intercepted).ShouldBe((en.Place.Name, en.Place.Admin1, en.Date, en.Mode, en.Intercepted));
    }

    [Fact]
    public void A_german_text_read_by_the_english_pipeline_gives_less_which_is_why_the_language_matters()
    {
        var text = "Die russische Hauptstadt Moskau wurde mit acht Drohnen angegriffen, zwei Menschen wurden verletzt.";

        var asGerman = Extractor.Extract(Report(text, "2024-05-02")).Incidents;
        var asEnglish = Extractor.Extract(Report(text, "2024-05-02", "en")).Incidents;

        asGerman.ShouldContain(i => i.Launched == 8 && i.Injured == 2);
        asEnglish.ShouldNotContain(i => i.Launched == 8 && i.Injured == 2);
    }
}
