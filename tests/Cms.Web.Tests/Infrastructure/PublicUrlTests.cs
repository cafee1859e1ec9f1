using System.Net;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Infrastructure;

public sealed class PublicUrlTests
{
    private static readonly Uri Evil = new("http://evil.example/");

    [Fact]
    public async Task With_a_public_base_url_a_forged_host_reaches_no_page_or_api_url()
    {
        await using var site = new SettingsNewsroomFactory(("Cms:PublicBaseUrl", "https://news.example.org/"));
        using var client = site.ClientFrom(null, baseAddress: Evil);

        using var home = await client.GetAsync("/ru/");
        var homePage = await Html.ParseAsync(home);
        var storyUrl = homePage.QuerySelector("main a[href^='/ru/news/']")!.GetAttribute("href")!;
        using var story = await client.GetAsync(storyUrl);
        var storyPage = await Html.ParseAsync(story);
        var list = await client.GetStringAsync("/api/v1/stories");
        var search = await client.GetStringAsync("/api/v1/search?q=%D0%B4%D0%B8%D0%B0%D0%BB%D0%BE%D0%B3");
        using var toLogin = await client.GetAsync("/manager/media");

        Assert.Equal("https://news.example.org/ru/", homePage.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://news.example.org" + storyUrl, storyPage.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.All(storyPage.QuerySelectorAll("link[rel=alternate]"), link => Assert.StartsWith("https://news.example.org/", link.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains("https://news.example.org/ru/news/", list, StringComparison.Ordinal);
        Assert.StartsWith("https://news.example.org/manager/login?ReturnUrl=", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);
        foreach (var text in new[] { homePage.DocumentElement.OuterHtml, storyPage.DocumentElement.OuterHtml, list, search })
        {
            Assert.DoesNotContain("evil.example", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("news.example.org")]
    [InlineData("ftp://news.example.org")]
    [InlineData("https://news.example.org/?a=1")]
    [InlineData("https://news.example.org/#top")]
    [InlineData("https://user:secret@news.example.org")]
    public void A_bad_public_base_url_stops_the_start_with_a_message(string url)
    {
        using var site = new SettingsNewsroomFactory(("Cms:PublicBaseUrl", url));

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Cms:PublicBaseUrl", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_https_from_a_known_proxy_gives_secure_cookies_and_hsts_and_from_anyone_else_nothing()
    {
        await using var site = new SettingsNewsroomFactory(("Cms:KnownProxies:0", "10.0.0.1"));
        await site.EnsureUsersAsync();
        using var viaProxy = site.ClientFrom("10.0.0.1");
        using var direct = site.ClientFrom("10.0.0.9");
        foreach (var client in new[] { viaProxy, direct })
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            client.DefaultRequestHeaders.Add("X-Forwarded-Host", "news.example.org");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var proxied = await SettingsNewsroomFactory.SignInAsync(viaProxy, NewsroomFactory.EmailOf("editor"), NewsroomFactory.Password);
        using var forged = await SettingsNewsroomFactory.SignInAsync(direct, NewsroomFactory.EmailOf("editor"), NewsroomFactory.Password);

        Assert.Equal(HttpStatusCode.Redirect, proxied.StatusCode);
        Assert.Contains(AuthCookie(proxied).Split(';'), part => part.Trim() == "secure");
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.DoesNotContain(AuthCookie(forged).Split(';'), part => part.Trim() == "secure");
        Assert.False(forged.Headers.Contains("Strict-Transport-Security"));
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cms-auth=", StringComparison.Ordinal));
}
