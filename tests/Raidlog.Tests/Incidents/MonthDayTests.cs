using Raidlog.Incidents;

namespace Raidlog.Tests.Incidents;

public class MonthDayTests
{
    [Theory]
    [InlineData("--05-03", 5, 3)]
    [InlineData("--02-29", 2, 29)]
    [InlineData("--12-31", 12, 31)]
    public void Iso_text_reads_back_as_written(string iso, int month, int day)
    {
        var md = MonthDay.Parse(iso).ShouldNotBeNull();
        (md.Month, md.Day, md.Iso).ShouldBe((month, day, iso));
    }

    [Theory]
    [InlineData("2023-05-03")]
    [InlineData("--13-01")]
    [InlineData("--04-31")]
    [InlineData("--5-3")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_real_month_and_day_is_none(string? text) => MonthDay.Parse(text).ShouldBeNull();

    [Theory]
    [InlineData(5, 28, "2024-05-28", 0)]
    [InlineData(5, 28, "2024-05-30", 2)]
    [InlineData(12, 31, "2024-01-01", 1)]   // the year before the date
    [InlineData(1, 1, "2023-12-31", 1)]     // the year after it
    [InlineData(2, 29, "2023-03-01", 365)]  // 2023 has no 29 February; 2024's is a year off
    [InlineData(2, 29, "2024-03-01", 1)]
    public void Days_from_a_date_count_in_the_nearest_year(int month, int day, string date, int days) =>
        new MonthDay(month, day).DaysFrom(DateOnly.Parse(date)).ShouldBe(days);

    [Fact]
    public void Days_between_two_yearless_days_take_the_year_that_makes_them_closest()
    {
        new MonthDay(12, 31).DaysFrom(new MonthDay(1, 1)).ShouldBe(1);
        new MonthDay(2, 28).DaysFrom(new MonthDay(3, 1)).ShouldBe(1, "in a common year");
        new MonthDay(5, 28).DaysFrom(new MonthDay(5, 30)).ShouldBe(2);
    }

    [Fact]
    public void The_days_around_one_cover_leap_and_common_years()
    {
        new MonthDay(3, 1).Around(1).Select(d => d.Iso).Order().ShouldBe(["--02-28", "--02-29", "--03-01", "--03-02"]);
        new MonthDay(1, 1).Around(1).Select(d => d.Iso).Order().ShouldBe(["--01-01", "--01-02", "--12-31"]);
    }
}
