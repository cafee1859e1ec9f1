using System.Net;

namespace Cms.Web.Tests.Pages;

public sealed class RootTests(CmsWebFactory factory) : IClassFixture<CmsWebFactory>
{
    [Theory]
    [InlineData(null, null, "/ru/")]
    [InlineData(null, "ky-KG,ky;q=0.9,ru;q=0.8", "/ky/")]
    [InlineData(null, "en-US,en;q=0.9,ka;q=0.5", "/ka/")]
    [InlineData(null, "de-DE", "/ru/")]
    [InlineData("ka", "ky", "/ka/")]
    [InlineData("xx", "ky", "/ky/")]
    public async Task Root_redirects_to_the_readers_language(string? cookie, string? acceptLanguage, string expected)
    {
        using var client = factory.CreateNonRedirectingClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", "cms-lang=" + cookie);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Switcher_sets_the_cookie_and_returns_to_the_page()
    {
        using var client = factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/language/ky?returnUrl=%2Fky%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/ky/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cms-lang=ky", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task Switcher_never_redirects_off_the_site(string returnUrl)
    {
        using var client = factory.CreateNonRedirectingClient();

        using var response = await client.GetAsync("/language/ka?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal("/ka/", response.Headers.Location!.OriginalString);
    }
}
