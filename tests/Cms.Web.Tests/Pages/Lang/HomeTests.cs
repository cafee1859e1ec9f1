using System.Net;

namespace Cms.Web.Tests.Pages.Lang;

public sealed class HomeTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Theory]
    [InlineData("ky", "Ош шаарында диалог аянтчасынын биринчи жыйыны өттү")]
    [InlineData("ru", "В Оше состоялось первое заседание диалоговой площадки")]
    [InlineData("ka", "საერთაშორისო სემინარი - ბინათმესაკუთრეთა მხარდაჭერა რესურსცენტრების მეშვეობით")]
    public async Task Home_lists_the_stories_published_in_that_language(string lang, string title)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/{lang}/");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        var titles = document.QuerySelectorAll(".story-list h2 a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains(title, titles);
    }

    [Fact]
    public async Task Home_lists_newest_first_and_links_the_other_languages()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync("/ru/"));

        var times = document.QuerySelectorAll(".story-list time.published").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(3, times.Count);
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        // An event's date stands beside its publication date.
        Assert.Equal("2023-08-22", document.QuerySelector(".story-list .event-date time")!.GetAttribute("datetime"));
        var also = document.QuerySelectorAll(".story-list .also a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu", also);
    }

    [Fact]
    public async Task Home_is_in_the_languages_ui_with_dates_in_its_culture()
    {
        using var client = factory.CreateClient();

        var ky = await Html.ParseAsync(await client.GetAsync("/ky/"));
        var ka = await Html.ParseAsync(await client.GetAsync("/ka/"));

        Assert.Equal("Акыркы жаңылыктар", ky.QuerySelector("h1")!.TextContent);
        Assert.Contains(ky.QuerySelectorAll(".story-list time"), t => t.TextContent.StartsWith("2023-ж., 22-август", StringComparison.Ordinal));
        Assert.Equal("უახლესი სიახლეები", ka.QuerySelector("h1")!.TextContent);
        Assert.Contains("ივნისი", ka.QuerySelector(".story-list time")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ru/?page=0")]
    [InlineData("/ru/?page=abc")]
    [InlineData("/ru/?page=99")]
    [InlineData("/en/")]
    [InlineData("/ru/no/such/page")]
    public async Task Bad_pages_answer_404_with_a_page(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.NotNull(document.QuerySelector("h1"));
    }

    [Fact]
    public async Task Home_has_hreflang_alternates_for_every_language()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync("/ka/"));

        var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["ky", "ru", "ka", "x-default"], alternates);
        Assert.EndsWith("/ka/", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
