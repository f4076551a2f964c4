using Raidlog.Cleaning;
using Raidlog.Text;

namespace Raidlog.Tests.Cleaning;

public class LineRuleCleanerTests
{
    static readonly ITextCleaner Cleaner = Cleaners.Default();

    static string Clean(string text) => Cleaner.Clean(text).Text;

    [Theory]
    [InlineData("date 2024-09-17 Drones hit Sumy overnight.", "Drones hit Sumy overnight.")]
    [InlineData(" date 2024-09-17 Logo\nDrones hit Sumy overnight.", "Drones hit Sumy overnight.")]
    [InlineData("time08-05-2025 Drones hit Sumy overnight.", "Drones hit Sumy overnight.")]
    [InlineData("(MENAFN- UkrinForm) Drones hit Sumy overnight.", "Drones hit Sumy overnight.")]
    public void Cuts_store_date_lines_and_syndication_prefixes(string text, string expected) =>
        Clean(text).ShouldBe(expected);

    [Theory]
    [InlineData("Read more: Missiles strike Lviv, killing nine")]
    [InlineData("Most Popular")]
    [InlineData("Comments 0")]
    [InlineData("This audio is created with AI assistance")]
    [InlineData("ua en ru")]
    [InlineData("Sign up for our daily briefing newsletter")]
    [InlineData("We use cookies to improve your experience.")]
    [InlineData("Support independent journalism: donate now")]
    [InlineData("Tags: drones, Kursk, air defence")]
    [InlineData("Published: 2023-12-05 10:17 / Last Updated: 2023-12-05 12:00")]
    [InlineData("Published 5 December 2023")]
    [InlineData("Wire Published 09 Jan, 2024 12:13pm")]
    [InlineData("Photo: regional emergency service")]
    [InlineData("Firefighters at a burning warehouse in Odesa on May 3. Picture: Agency / Desk")]
    [InlineData("Rescuers search rubble in Dnipro, Ukraine, January 15, 2023. REUTERS/Staff")]
    [InlineData("Smoke over the port on June 2. (Photo by Someone/AFP via Getty Images)")]
    [InlineData("Soldiers watch the sky near a village on March 1. (Someone/Some Picture Agency via Getty Images)")]
    [InlineData("Smoke over the port on June 2. (Some Person/AFP)")]
    public void Drops_page_furniture_and_captions(string noise)
    {
        var text = "Overnight, 14 drones were shot down over Kharkiv region.\n" + noise + "\nTwo people were injured, the governor said.";
        Clean(text).ShouldBe("Overnight, 14 drones were shot down over Kharkiv region.\nTwo people were injured, the governor said.");
    }

    [Fact]
    public void A_teaser_header_takes_the_linked_headlines_with_it_but_not_the_next_real_sentence()
    {
        var text = "Drones struck a depot in Bryansk.\nRead More\nMissile strike on Poltava kills 50\n- Another headline about a port\n"
                   + "The governor said nobody was hurt.";
        Clean(text).ShouldBe("Drones struck a depot in Bryansk.\nThe governor said nobody was hurt.");
    }

    [Fact]
    public void A_repeated_paragraph_and_a_caption_printed_again_without_its_credit_are_dropped()
    {
        var lead = "Air defence destroyed 20 drones over the Belgorod region overnight, the ministry said.";
        var caption = "A house damaged by a drone in Belgorod on August 1, 2024";
        var text = $"{caption} (Photo by Desk / Agency)\n{caption}\n{lead}\n\n{lead}\nOne woman was injured.";
        Clean(text).ShouldBe($"{lead}\n\nOne woman was injured.");
    }

    [Theory]
    [InlineData("Updated: Later, prosecutors said seven people had been injured in the strike on the city.")]
    [InlineData("Photos of residents sheltering in metro stations spread online as 12 drones flew over the city.")]
    [InlineData("Pictures released by the army showed a downed drone lying on the runway.")]
    [InlineData("A military source told AFP that 30 drones hit the airport.")]
    [InlineData("Read more about the strike on Kyiv in our earlier report, which said 5 people died.")]
    public void Keeps_real_sentences_that_look_a_little_like_noise(string sentence) =>
        Clean("Intro line of the report.\n" + sentence).ShouldBe("Intro line of the report.\n" + sentence);

    [Fact]
    public void Glued_sentences_get_a_virtual_space_that_maps_to_the_boundary()
    {
        const string text = "Half the city lost power.Russia launched 40 drones. The U.S. embassy in Kyiv.Gov sites at tass.com stayed up.";
        var clean = Cleaner.Clean(text);

        clean.Text.ShouldBe("Half the city lost power. Russia launched 40 drones. The U.S. embassy in Kyiv. Gov sites at tass.com stayed up.");
        var russia = clean.Text.IndexOf("Russia", StringComparison.Ordinal);
        clean.ToOriginal(new TextSpan(russia, russia + 6)).Of(text).ShouldBe("Russia");
    }

    [Fact]
    public void Every_kept_character_maps_back_to_the_same_character_of_the_original()
    {
        const string text = "date 2024-01-02 Headline here\r\nPhoto: someone\r\nRussia fired 10 missiles.Kyiv said all 10 were downed.\r\nMost Popular\r\nEnd.";
        var clean = Cleaner.Clean(text);

        for (var i = 0; i < clean.Text.Length; i++)
            if (clean.Text[i] != ' ' || text[clean.ToOriginal(i)] == ' ')
                text[clean.ToOriginal(i)].ShouldBe(clean.Text[i], $"index {i}");
        clean.Text.ShouldBe("Headline here\r\nRussia fired 10 missiles. Kyiv said all 10 were downed.\r\nEnd.");
        var missiles = clean.Text.IndexOf("10 missiles", StringComparison.Ordinal);
        clean.ToOriginal(new TextSpan(missiles, missiles + 11)).Of(text).ShouldBe("10 missiles");
    }

    [Fact]
    public void Text_without_noise_comes_back_unchanged()
    {
        const string text = "Russia launched 17 Shahed drones overnight; 14 were destroyed.\n\nOne drone hit Odesa.";
        var clean = Cleaner.Clean(text);
        clean.Text.ShouldBeSameAs(text);
        clean.ToOriginal(5).ShouldBe(5);
    }
}
