using System.Net;
using Cms.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

public sealed class SessionTests(SettingsNewsroomFactory factory) : IClassFixture<SettingsNewsroomFactory>
{
    private static readonly Uri Site = new("http://localhost/");

    [Fact]
    public async Task The_sign_out_form_works_and_a_copied_cookie_is_refused_afterwards()
    {
        await factory.EnsureUsersAsync();
        var cookies = new CookieContainer();
        using var browser = factory.ClientFrom(null, cookies);
        using var signedIn = await SettingsNewsroomFactory.SignInAsync(browser, NewsroomFactory.EmailOf("editor"), NewsroomFactory.Password);
        var copied = cookies.GetCookies(Site)["cms-auth"]!.Value;
        using var thief = factory.ClientFrom(null, new CookieContainer());
        thief.DefaultRequestHeaders.Add("Cookie", "cms-auth=" + copied);
        using var before = await thief.GetAsync("/manager");

        using var manager = await browser.GetAsync("/manager");
        var token = (await Html.ParseAsync(manager)).QuerySelector("form[action='/manager/logout'] input[name=__RequestVerificationToken]");
        Assert.NotNull(token);
        using var signedOut = await browser.PostAsync("/manager/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.GetAttribute("value")!,
        }));
        using var after = await thief.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/manager/login", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/manager/login", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_sessions_at_once()
    {
        await factory.EnsureUsersAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync("leaving@newsroom.test", NewsroomFactory.Password, Cms.Web.Data.Roles.Author, "test");
        }

        using var client = factory.ClientFrom(null);
        using var signedIn = await SettingsNewsroomFactory.SignInAsync(client, "leaving@newsroom.test", NewsroomFactory.Password);
        using var before = await client.GetAsync("/manager");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().DisableAsync("leaving@newsroom.test", "test");
        }

        using var after = await client.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
