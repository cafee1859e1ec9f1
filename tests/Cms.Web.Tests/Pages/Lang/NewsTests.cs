using System.Net;

namespace Cms.Web.Tests.Pages.Lang;

public sealed class NewsTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    private const string OshRu = "/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki";
    private const string OshKy = "/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu";
    private const string GrantsRu = "/ru/news/v-bishkeke-obsudyat-realizatsiyu-programmy-malykh-grantov-v-novostroykakh";

    [Fact]
    public async Task Article_shows_the_translation_with_its_head_links()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(OshKy);
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ky", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ош шаарында диалог аянтчасынын биринчи жыйыны өттү", document.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Бүгүн, 22-августа Ош шаарында", document.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.EndsWith(OshKy, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        Assert.Equal(OshKy, alternates["ky"]);
        Assert.Equal(OshRu, alternates["ru"]);
        Assert.Equal(OshKy, alternates["x-default"]);
        Assert.False(alternates.ContainsKey("ka"));
    }

    [Fact]
    public async Task Alternates_are_reciprocal_across_translations()
    {
        using var client = factory.CreateClient();

        var ky = await Html.ParseAsync(await client.GetAsync(OshKy));
        var ru = await Html.ParseAsync(await client.GetAsync(OshRu));

        static List<string> Links(AngleSharp.Dom.IDocument d) =>
            [.. d.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang") + " " + l.GetAttribute("href"))];
        Assert.Equal(Links(ky), Links(ru));
    }

    [Fact]
    public async Task Switcher_links_the_linked_translation_and_marks_missing_languages()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync(OshRu));

        var ky = document.QuerySelector(".switcher a[data-lang=ky]")!;
        Assert.Equal("/language/ky?returnUrl=" + Uri.EscapeDataString(OshKy), ky.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector(".switcher .unavailable[data-lang=ka]"));
        Assert.Null(document.QuerySelector(".switcher a[data-lang=ka]"));
    }

    [Fact]
    public async Task Russian_only_story_shows_kyrgyz_and_georgian_as_not_available()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync(GrantsRu));

        Assert.NotNull(document.QuerySelector(".switcher .unavailable[data-lang=ky]"));
        Assert.NotNull(document.QuerySelector(".switcher .unavailable[data-lang=ka]"));
        Assert.Empty(document.QuerySelectorAll(".switcher a"));
    }

    [Fact]
    public async Task A_language_the_story_lacks_answers_404_in_that_languages_ui_linking_the_versions()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ky/news/v-bishkeke-obsudyat-realizatsiyu-programmy-malykh-grantov-v-novostroykakh");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ky", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Барак табылган жок", document.QuerySelector("h1")!.TextContent);
        var versions = document.QuerySelectorAll(".versions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([GrantsRu], versions);
    }

    [Fact]
    public async Task Unknown_slug_answers_404_in_the_urls_language()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ka/news/no-such-story");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ka", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("გვერდი ვერ მოიძებნა", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Body_is_rendered_markdown_with_footnotes()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync("/ky/"));
        var link = document.QuerySelectorAll(".story-list h2 a").First(a => a.TextContent.Contains("Коопсуз короо", StringComparison.Ordinal));
        var article = await Html.ParseAsync(await client.GetAsync(link.GetAttribute("href")));

        Assert.NotEmpty(article.QuerySelectorAll(".body p"));
        Assert.NotNull(article.QuerySelector(".body .footnotes"));
    }
}
