using Raidlog.Recognition.Times;

namespace Raidlog.Tests.Recognition.Times;

/// <summary>A report with no publication date counts from the latest day it names; a day without its year may be later.</summary>
public class UndatedReportTests
{
    static DateOnly?[] Dates(string text) => DateMentionFinder.English.Find(text, null).Select(m => m.Date).ToArray();

    [Fact]
    public void A_day_without_its_year_is_the_nearest_one_to_the_latest_full_date()
    {
        var dates = Dates("The war resumed on 3 March 2021. The shelling on April 9 killed four people.");
        dates.ShouldBe([new DateOnly(2021, 3, 3), new DateOnly(2021, 4, 9)]);
    }

    [Fact]
    public void A_weekday_counts_back_from_the_latest_day_named()
    {
        // 2021-04-09 is a Friday: "on Thursday" is the day before it, not a Thursday before the March date
        var dates = Dates("Fighting began on 3 March 2021. On Thursday rockets hit the port, officials said on April 9.");
        dates[1].ShouldBe(new DateOnly(2021, 4, 8));
    }

    [Fact]
    public void Without_any_year_no_year_is_guessed_and_no_weekday_counted()
    {
        var dates = Dates("Rockets hit the port on Thursday, officials said on April 9.");
        dates[0].ShouldBeNull();
        dates[1].ShouldNotBeNull();
        YearUnknown.Is(dates[1]!.Value).ShouldBeTrue();
        YearUnknown.Iso(dates[1]!.Value).ShouldBe("--04-09");
        YearUnknown.Known(dates[1]).ShouldBeNull("an incident never carries a day whose year is unknown");
    }
}
