using System.Net;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Localization;

public sealed class ReturnUrlTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Theory]
    [InlineData("/%09/evil.example/phish", "/ru/")]
    [InlineData("/%0a/evil.example", "/ru/")]
    [InlineData("/%0d%0aSet-Cookie:%20x=1", "/ru/")]
    [InlineData("/a%00b", "/ru/")]
    [InlineData("/a%7Fb", "/ru/")]
    [InlineData("%2F%2Fevil.example", "/ru/")]
    [InlineData("/%5Cevil.example", "/ru/")]
    [InlineData("/%E2%80%8B/evil.example", "/%E2%80%8B/evil.example")]
    [InlineData("/%D0%B6", "/%D0%B6")]
    [InlineData("/ru/news/x%3Fy", "/ru/news/x?y")]
    public async Task The_language_switch_goes_only_to_local_paths_and_never_fails(string returnUrl, string expected)
    {
        using var client = await factory.ClientAsync(null);

        using var response = await client.GetAsync("/language/ru?returnUrl=" + returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/%D0%B6", "/%D0%B6")]
    [InlineData("/%09/evil.example", "/manager")]
    [InlineData("https://evil.example/", "/manager")]
    public async Task Sign_in_returns_only_to_local_paths(string returnUrl, string expected)
    {
        await factory.EnsureUsersAsync();
        using var client = factory.CreateNonRedirectingClient();
        var page = "/manager/login?ReturnUrl=" + returnUrl;

        using var response = await NewsroomFactory.PostFormAsync(client, page, page,
            [new("Email", NewsroomFactory.EmailOf("author")), new("Password", NewsroomFactory.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Preview_without_an_antiforgery_token_is_400()
    {
        using var client = await factory.ClientAsync("author");

        using var form = await client.PostAsync("/manager/preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "*x*" }));
        using var json = await client.PostAsync("/manager/preview", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
    }
}
