using System.Net;
using System.Xml.Linq;

namespace Cms.Web.Tests.Syndication;

/// <summary>A language with more URLs than one sitemap file holds continues on further pages, all in the index.</summary>
public sealed class SitemapPagingTests(SmallSitemapFactory factory) : IClassFixture<SmallSitemapFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_index_lists_every_page_and_the_pages_together_list_each_url_once()
    {
        using var client = factory.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var files = index.Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

        Assert.Equal(
            [
                "http://localhost/sitemaps/ky.xml", "http://localhost/sitemaps/ky.xml?page=2",
                "http://localhost/sitemaps/ru.xml", "http://localhost/sitemaps/ru.xml?page=2",
                "http://localhost/sitemaps/ka.xml", "http://localhost/sitemaps/news.xml",
            ],
            files);
        foreach (var lang in new[] { "ky", "ru" })
        {
            var first = await LocationsAsync(client, $"/sitemaps/{lang}.xml");
            var second = await LocationsAsync(client, $"/sitemaps/{lang}.xml?page=2");
            Assert.Equal(2, first.Count);
            Assert.Equal(2, second.Count);
            Assert.Equal($"http://localhost/{lang}/", first[0]);
            Assert.Empty(first.Intersect(second));
            Assert.All(first.Skip(1).Concat(second), url => Assert.StartsWith($"http://localhost/{lang}/news/", url, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("/sitemaps/ky.xml?page=3")]
    [InlineData("/sitemaps/ka.xml?page=2")]
    [InlineData("/sitemaps/ky.xml?page=0")]
    [InlineData("/sitemaps/ky.xml?page=two")]
    [InlineData("/sitemaps/xx.xml")]
    public async Task A_page_past_the_last_or_an_unknown_language_is_a_404(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<List<string>> LocationsAsync(HttpClient client, string url) =>
        [.. XDocument.Parse(await client.GetStringAsync(url)).Descendants(Sitemap + "loc").Select(l => l.Value)];
}
