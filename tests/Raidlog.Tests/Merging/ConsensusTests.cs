using Raidlog.Geography;
using Raidlog.Incidents;
using Raidlog.Merging;
using Raidlog.Text;

namespace Raidlog.Tests.Merging;

public class ConsensusTests
{
    static long _order;

    static SourcedReport Report(string outlet, string? published, int? killed, string? claimant = null, Place? place = null) => new(
        new Incident
        {
            Date = new DateOnly(2023, 1, 14),
            Place = place ?? new Place("Dnipro", "Dnipropetrovsk Oblast", "UA", 48.45, 35.05),
            Mode = AttackMode.Missile,
            Killed = killed,
            Claims = claimant is null ? [] : [new Claim("killed", killed, claimant, new TextSpan(0, 1))],
        },
        outlet.ToLowerInvariant(), outlet, published is null ? null : DateOnly.Parse(published), ++_order);

    [Fact]
    public void A_claimants_later_toll_supersedes_its_earlier_one_without_a_dispute()
    {
        var merged = Consensus.Of([Report("A", "2023-01-14", 12, "emergency service"), Report("B", "2023-01-15", 20, "emergency service")]);
        var killed = merged.Figures.Single(f => f.Figure == Figure.Killed);
        (killed.Value, killed.Disputed, killed.Reports).ShouldBe((20, false, 1));
        merged.Fields.Killed.ShouldBe(20);
    }

    [Fact]
    public void An_attributed_figure_beats_an_outlets_own_and_the_range_keeps_both()
    {
        var merged = Consensus.Of([Report("A", "2023-01-14", 30, "governor"), Report("B", "2023-01-16", 45), Report("C", "2023-01-16", 45)]);
        var killed = merged.Figures.Single(f => f.Figure == Figure.Killed);
        (killed.Value, killed.Claimant, killed.Min, killed.Max, killed.Disputed).ShouldBe((30, "governor", 30, 45, true));
        merged.Disputed.ShouldBeTrue();
        merged.Sources.ShouldBe(3);
    }

    [Fact]
    public void The_value_most_sources_give_wins_and_a_tie_goes_to_the_latest()
    {
        Consensus.Of([Report("A", "2023-01-14", 5), Report("B", "2023-01-14", 5), Report("C", "2023-01-15", 6)])
            .Fields.Killed.ShouldBe(5);
        Consensus.Of([Report("A", "2023-01-14", 5), Report("C", "2023-01-15", 6)])
            .Fields.Killed.ShouldBe(6);
    }

    [Fact]
    public void A_toll_from_a_report_without_a_date_is_not_taken_for_the_oldest()
    {
        // the same official's toll, once in a dated story and once in an undated one that was in fact later
        Consensus.Of([Report("A", "2023-01-15", 20, "governor"), Report("B", null, 45, "governor")]).Fields.Killed.ShouldBe(45);
        // two outlets, one undated: which is later is unknown, and tolls rise
        Consensus.Of([Report("A", null, 45), Report("B", "2023-01-15", 20)]).Fields.Killed.ShouldBe(45);
    }

    [Fact]
    public void Of_two_dates_as_reported_the_earlier_is_the_attacks()
    {
        SourcedReport On(string date, string? published) => Report("A" + date, published, 1) is var r ? r with { Report = r.Report with { Date = DateOnly.Parse(date) } } : r;
        // the undated stories (told first) give the day of their update
        Consensus.Of([On("2023-01-15", null), On("2023-01-14", "2023-01-14"), On("2023-01-15", null), On("2023-01-14", "2023-01-15")])
            .Fields.Date.ShouldBe(new DateOnly(2023, 1, 14));
        Consensus.Of([On("2023-01-15", "2023-01-16"), On("2023-01-14", "2023-01-14"), On("2023-01-15", "2023-01-16")])
            .Fields.Date.ShouldBe(new DateOnly(2023, 1, 15));
    }

    [Fact]
    public void The_finest_place_represents_the_incident()
    {
        var region = new Place("Dnipropetrovsk Oblast", "Dnipropetrovsk Oblast", "UA", Precision: PlacePrecision.Region);
        Consensus.Of([Report("A", "2023-01-14", 1, place: region), Report("B", "2023-01-14", 1)])
            .Fields.Place.Name.ShouldBe("Dnipro");
    }
}
