using Raidlog.Cleaning;

namespace Raidlog.Tests.Cleaning;

public class CleanTextBuilderTests
{
    [Fact]
    public void Every_clean_index_maps_to_where_its_character_came_from()
    {
        const string original = "Logo\nDrones hit Sumy.Russia said so.\nShare\nTwo died.";
        var b = new CleanTextBuilder(original);
        b.Skip();                                     // "Logo\n" dropped
        b.Keep(5, 21);                                // "Drones hit Sumy."
        b.Insert(' ', 21);                            // a glue space before "Russia"
        b.Keep(21, 37);                               // "Russia said so.\n"
        b.Skip();                                     // "Share\n" dropped
        b.Keep(43, original.Length);                  // "Two died."
        var clean = b.Build();

        clean.Text.ShouldBe("Drones hit Sumy. Russia said so.\nTwo died.");
        // the same map a character-by-character table gives
        var expected = Enumerable.Range(5, 16).Append(21).Concat(Enumerable.Range(21, 16)).Concat(Enumerable.Range(43, 9))
            .Append(original.Length).ToArray();
        for (int i = 0; i <= clean.Text.Length; i++) clean.ToOriginal(i).ShouldBe(expected[i], $"index {i}");
    }

    [Fact]
    public void Adjacent_kept_stretches_and_an_unchanged_text_map_straight_through()
    {
        var b = new CleanTextBuilder("abcdef");
        b.Keep(0, 3);
        b.Keep(3, 6);
        var clean = b.Build();
        clean.Text.ShouldBe("abcdef");
        for (int i = 0; i <= 6; i++) clean.ToOriginal(i).ShouldBe(i);
    }
}
