using Corroborate.Text;

namespace Corroborate.Core.Tests.Text;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2026-02-20T09:15:00Z", "2026-02-20T09:15:00+00:00")]
    [InlineData("2026-02-20T14:30:00+01:00", "2026-02-20T13:30:00+00:00")]
    [InlineData("Fri, 20 Feb 2026 16:45:00 GMT", "2026-02-20T16:45:00+00:00")]
    [InlineData("Fri, 20 Feb 2026 16:45:00 +0100", "2026-02-20T15:45:00+00:00")]
    [InlineData("Fri, 20 Feb 2026 11:45:00 EST", "2026-02-20T16:45:00+00:00")]
    [InlineData("20260221", "2026-02-21T00:00:00+00:00")]
    [InlineData("February 20, 2026", "2026-02-20T00:00:00+00:00")]
    [InlineData("Updated: Feb. 20, 2026 at 3 p.m.", "2026-02-20T00:00:00+00:00")]
    [InlineData("20 February 2026", "2026-02-20T00:00:00+00:00")]
    public void Parses_Metadata_Feed_And_Text_Dates(string text, string expected)
    {
        var parsed = DateParsing.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value.ToUniversalTime());
    }

    [Theory]
    [InlineData("Mon, 20 Feb 2026 16:45:00 GMT")]
    [InlineData("Monday, 20 Feb 2026 16:45:00 GMT")]
    public void Feed_Date_With_The_Wrong_Weekday_Keeps_Its_Time(string text) =>
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 16, 45, 0, TimeSpan.Zero), DateParsing.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1066-10-14")]
    [InlineData("12345")]
    public void Rejects_What_Is_Not_A_Plausible_Date(string text) => Assert.Null(DateParsing.Parse(text));

    [Theory]
    [InlineData("https://news.example/2026/02/20/dam-fails", "2026-02-20")]
    [InlineData("https://news.example/world/2026-02-21-flood.html", "2026-02-21")]
    [InlineData("https://news.example/a/20260222/story", "2026-02-22")]
    public void Finds_Dates_In_Url_Paths(string url, string expected) =>
        Assert.Equal(expected, DateParsing.FromUrl(url)!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void No_Date_In_A_Url_Without_One() => Assert.Null(DateParsing.FromUrl("https://news.example/section/12345"));
}
