using System.Net;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary>What surrounds an article and the other reader pages: related stories, previous/next, the footer, search
/// kept out of indexes, a 404 that offers search.</summary>
public sealed class ReaderPagesTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    private const string OshKy = "/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu";
    private const string OshRu = "/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki";
    private const string InitiativeKy = "/ky/news/edvokasi-borboru-pilottuk-jamaattarda-demilgeluu-top-tuzot";
    private const string InitiativeRu = "/ru/news/edvokasi-tsentr-formiruet-initsiativnoy-gruppy-v-pilotnykh-soobshchestvakh";
    private const string GrantsRu = "/ru/news/v-bishkeke-obsudyat-realizatsiyu-programmy-malykh-grantov-v-novostroykakh";

    [Fact]
    public async Task Related_stories_share_terms_most_shared_first_each_in_the_readers_language_else_marked()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(OshKy));

        var items = page.QuerySelectorAll("section.related li").ToList();
        // The initiative-group story shares organiser, project and a tag; the round table the project and a tag;
        // the others nothing.
        Assert.Equal([InitiativeKy, GrantsRu], items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Null(items[0].GetAttribute("lang"));
        Assert.Equal("ru", items[1].GetAttribute("lang"));
        Assert.Equal("Русский", items[1].QuerySelector(".language-note")!.TextContent);
        Assert.Equal("Дагы окуңуз", page.QuerySelector("section.related h2")!.TextContent);
        Assert.DoesNotContain(items, li => li.QuerySelector("a")!.GetAttribute("href")!.Contains("osh-shaarynda", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Previous_and_next_stay_in_the_language()
    {
        using var client = factory.CreateClient();

        var ru = await Html.ParseAsync(await client.GetAsync(OshRu));
        var ky = await Html.ParseAsync(await client.GetAsync(OshKy));

        Assert.Equal(InitiativeRu, ru.QuerySelector("nav.neighbours a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(GrantsRu, ru.QuerySelector("nav.neighbours a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(InitiativeKy, ky.QuerySelector("nav.neighbours a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(ky.QuerySelector("nav.neighbours a[rel=next]")); // the newest Kyrgyz story
        Assert.Contains("Мурункусу:", ky.QuerySelector("nav.neighbours a[rel=prev]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ru", "Лента новостей")]
    [InlineData("ky", "Жаңылыктар тасмасы")]
    [InlineData("ka", "სიახლეების არხი")]
    public async Task The_footer_names_the_publisher_and_links_the_feeds(string language, string feed)
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync($"/{language}/"));

        var footer = page.QuerySelector("footer.site-footer")!;
        Assert.Equal(feed, footer.QuerySelector($"a[href='/{language}/feed.xml']")!.TextContent);
        Assert.NotNull(footer.QuerySelector("a[href='/feed.xml']"));
        Assert.False(string.IsNullOrWhiteSpace(footer.QuerySelector("address strong")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(footer.QuerySelector("address span")!.TextContent));
    }

    [Fact]
    public async Task Search_pages_are_not_indexed_and_have_a_description()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ky/search?q=%D0%9E%D1%88"));
        var home = await Html.ParseAsync(await client.GetAsync("/ky/"));

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
        Assert.Null(home.QuerySelector("meta[name=robots]"));
    }

    [Theory]
    [InlineData("/ka/no-such-page", "ka")]
    [InlineData("/ky/news/no-such-story", "ky")]
    [InlineData("/ru/place/atlantis", "ru")]
    public async Task A_404_offers_a_search_form_in_the_readers_language(string path, string language)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var form = page.QuerySelector("main form.search-again")!;
        Assert.Equal($"/{language}/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        Assert.Equal(form.QuerySelector("input")!.Id, form.QuerySelector("label")!.GetAttribute("for"));
    }
}
