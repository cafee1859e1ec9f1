using System.Net;

namespace Cms.Web.Tests.Pages.Lang;

public sealed class SearchTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Fact]
    public async Task Search_page_is_in_the_pages_language_with_results_in_all_languages()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync("/ka/search?q=" + Uri.EscapeDataString("Ош")));

        Assert.Equal("ka", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ძიება", document.QuerySelector("h1")!.TextContent);
        var languages = document.QuerySelectorAll(".hits > li").Select(li => li.GetAttribute("lang")).Distinct().ToList();
        Assert.Contains("ky", languages);
        Assert.Contains("ru", languages);
        Assert.NotNull(document.QuerySelector(".hits mark"));
        Assert.NotNull(document.QuerySelector(".facet[data-facet=language] a"));
        Assert.Equal("Ош", document.QuerySelector("input[name=q]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Facet_links_filter_the_results()
    {
        using var client = factory.CreateClient();
        var document = await Html.ParseAsync(await client.GetAsync("/ru/search?q=" + Uri.EscapeDataString("Ош")));
        var kyLink = document.QuerySelectorAll(".facet[data-facet=language] a").Single(a => a.TextContent == "Кыргызча").GetAttribute("href")!;

        var filtered = await Html.ParseAsync(await client.GetAsync(kyLink));

        Assert.All(filtered.QuerySelectorAll(".hits > li"), li => Assert.Equal("ky", li.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("\"unclosed")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("')); DROP TABLE Stories; --")]
    [InlineData("")]
    public async Task Any_input_renders_a_page(string query)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ky/search?q=" + Uri.EscapeDataString(query));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_no_story_has_with_another_falls_back_to_or_and_says_so()
    {
        using var client = factory.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync("/ru/search?q=" + Uri.EscapeDataString("новостройках თბილისი")));

        Assert.NotNull(document.QuerySelector(".results .notice"));
        Assert.NotEmpty(document.QuerySelectorAll(".hits > li"));
    }

    [Fact]
    public async Task Bad_filter_values_get_a_clear_message()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ru/search?q=x&year=abc");
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("year", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
