using System.Globalization;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Microsoft.Extensions.Options;

namespace Cms.Web.Tests.Localization;

/// <summary>Dates typed in the newsroom follow the UI culture and the site's time zone, never the browser's locale.</summary>
public sealed class UiDatesTests
{
    private static SiteClock Clock(string zone = "Asia/Bishkek") =>
        new(TimeProvider.System, Options.Create(new CmsOptions { TimeZone = zone }));

    [Theory]
    [InlineData("ru-RU", "31.12.2030 14:30")]
    [InlineData("ru-RU", "31.12.2030 9:05")]
    [InlineData("ka-GE", "31.12.2030 14:30")]
    [InlineData("ky-KG", "31/12/2030 14:30")]
    [InlineData("ky-KG", " 31/12/2030   14:30 ")]
    public void A_time_typed_in_the_culture_is_read_in_the_site_zone(string culture, string typed)
    {
        var utc = Clock().ParseTyped(typed, new CultureInfo(culture), "at");

        var expected = typed.Contains("9:05", StringComparison.Ordinal) ? new DateTime(2030, 12, 31, 3, 5, 0, DateTimeKind.Utc) : new DateTime(2030, 12, 31, 8, 30, 0, DateTimeKind.Utc);
        Assert.Equal(expected, utc);
    }

    [Fact]
    public void The_same_text_in_another_zone_is_another_instant()
    {
        var utc = Clock("Asia/Tbilisi").ParseTyped("31.12.2030 14:30", new CultureInfo("ka-GE"), "at");

        Assert.Equal(new DateTime(2030, 12, 31, 10, 30, 0, DateTimeKind.Utc), utc);
    }

    [Theory]
    [InlineData("ru-RU", "12/31/2030 2:30 PM")]
    [InlineData("ru-RU", "31.13.2030 14:30")]
    [InlineData("ky-KG", "31.12.2030 14:30x")]
    [InlineData("ka-GE", "tomorrow")]
    public void A_time_not_in_the_culture_format_is_a_field_error_with_an_example(string culture, string typed)
    {
        var error = Assert.Throws<NewsroomValidationException>(() => Clock().ParseTyped(typed, new CultureInfo(culture), "at"));

        var message = Assert.Single(error.Messages["at"]);
        Assert.Equal("Error.DateTimeFormat", message.Key);
        Assert.Equal(UiDates.DateTimeExample(new CultureInfo(culture)), message.Args[1]);
    }

    [Fact]
    public void An_iso_time_pasted_into_the_field_is_still_read()
    {
        Assert.Equal(new DateTime(2030, 12, 31, 8, 30, 0, DateTimeKind.Utc), Clock().ParseTyped("2030-12-31T14:30", new CultureInfo("ru-RU"), "at"));
    }

    [Theory]
    [InlineData("ru-RU", "31.12.2030 14:30")]
    [InlineData("ky-KG", "31/12/2030 14:30")]
    [InlineData("ka-GE", "31.12.2030 14:30")]
    public void A_time_is_shown_as_it_is_typed(string culture, string shown)
    {
        var clock = Clock();

        Assert.Equal(shown, clock.FormatTyped(new DateTime(2030, 12, 31, 8, 30, 0, DateTimeKind.Utc), new CultureInfo(culture)));
        Assert.Equal(shown, UiDates.DateTimeExample(new CultureInfo(culture)));
    }

    [Theory]
    [InlineData("ru-RU", "1.2.2027")]
    [InlineData("ky-KG", "1/2/2027")]
    public void A_date_typed_in_the_culture_is_read(string culture, string typed)
    {
        Assert.True(UiDates.TryParseDate(typed, new CultureInfo(culture), out var date));
        Assert.Equal(new DateOnly(2027, 2, 1), date);
    }
}
