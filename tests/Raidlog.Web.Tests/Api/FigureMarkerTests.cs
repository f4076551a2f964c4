using Raidlog.Web.Api.Wire;

namespace Raidlog.Web.Tests.Api;

public sealed class FigureMarkerTests
{
    [Theory]
    [InlineData("The mayor said 38 of the 40 drones were shot down.", 40, "40")]
    [InlineData("Air defence destroyed eight drones over the city.", 8, "eight")]
    [InlineData("Officials counted 1,200 shells in a day.", 1200, "1,200")]
    [InlineData("Two dozen drones flew at the port.", 24, "Two dozen")]
    [InlineData("Die Flugabwehr zerstörte acht Drohnen über der Stadt.", 8, "acht")]
    [InlineData("Mehr als 1.200 Granaten schlugen ein.", 1200, "1.200")]
    public void Marks_the_figure_as_written(string sentence, int value, string expected)
    {
        var mark = FigureMarker.Find(sentence, value).ShouldNotBeNull();
        sentence[mark.Start..mark.End].ShouldBe(expected);
    }

    [Theory]
    [InlineData("A drone hit a 9-storey block on 12 May.", 5)]
    [InlineData("Dozens of drones flew at the city.", null)]
    public void Leaves_a_sentence_unmarked_when_it_does_not_state_the_figure(string sentence, int? value) =>
        FigureMarker.Find(sentence, value).ShouldBeNull();
}
