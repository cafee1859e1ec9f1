using System.Net;
using System.Text.Json;

namespace Cms.Web.Tests.Pages;

/// <summary>The favicon, the web manifest and plain pages' previews: local files every page links, so none logs a 404.</summary>
public sealed class SiteIconTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Theory]
    [InlineData("/ru/")]
    [InlineData("/ky/events")]
    [InlineData("/ka/tag/homeowners-associations")]
    [InlineData("/ru/search?q=x")]
    [InlineData("/ru/no-such-page")]
    public async Task Every_page_links_icons_and_manifest_that_exist_on_this_site(string path)
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(path));

        var links = page.QuerySelectorAll("link[rel=icon], link[rel=apple-touch-icon], link[rel=manifest]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains("/favicon.ico", links);
        Assert.Contains("/site.webmanifest", links);
        foreach (var link in links)
        {
            Assert.StartsWith("/", link, StringComparison.Ordinal); // nothing off the machine
            using var response = await client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_favicon_and_the_manifest_with_its_icons_are_served()
    {
        using var client = factory.CreateClient();

        using var favicon = await client.GetAsync("/favicon.ico");
        using var manifest = await client.GetAsync("/site.webmanifest");

        Assert.Equal(HttpStatusCode.OK, favicon.StatusCode);
        Assert.Equal([0, 0, 1, 0], (await favicon.Content.ReadAsByteArrayAsync())[..4]); // an icon resource
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal("application/manifest+json", manifest.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await manifest.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("name").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("short_name").GetString()));
        Assert.Equal("/", json.RootElement.GetProperty("start_url").GetString());
        Assert.Matches("^#[0-9a-f]{6}$", json.RootElement.GetProperty("theme_color").GetString());
        var icons = json.RootElement.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512");
        foreach (var icon in icons)
        {
            using var served = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), served.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("/ru/", "ru_RU")]
    [InlineData("/ky/events", "ky_KG")]
    [InlineData("/ka/tag/homeowners-associations", "ka_GE")]
    public async Task Plain_pages_have_website_previews_with_the_site_icon(string path, string locale)
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(path));

        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("website", Meta("og:type"));
        Assert.Equal(locale, Meta("og:locale"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("og:url"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:site_name")));
        Assert.Equal("http://localhost/icon-512.png", Meta("og:image"));
        Assert.Equal("512", Meta("og:image:width"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Pages_kept_out_of_indexes_have_no_preview()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ru/search?q=x"));

        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }
}
