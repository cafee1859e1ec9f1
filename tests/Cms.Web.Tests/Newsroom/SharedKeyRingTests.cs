using System.Net;
using System.Xml.Linq;
using Cms.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>The data-protection key ring is in the database: a session or antiforgery token one node issued is good on
/// every node sharing the database, including one started later with an empty data directory (a new container).</summary>
public sealed class SharedKeyRingTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly Uri Site = new("http://localhost/");

    [Fact]
    public async Task A_sign_in_on_one_node_is_a_session_on_the_other_and_on_a_node_started_later()
    {
        var cookies = new CookieContainer();
        using var onA = nodes.A.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = nodes.B.CreateDefaultClient(new CookieContainerHandler(cookies));

        using var signedIn = await SettingsNewsroomFactory.SignInAsync(onA, NewsroomFactory.EmailOf("editor"), NewsroomFactory.Password);
        using var managerOnB = await onB.GetAsync("/manager");
        await using var later = new NewsroomFactory(new TempDirectory(), ownsData: true, nodes.DatabaseDirectory);
        using var onLater = later.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var managerOnLater = await onLater.GetAsync("/manager");
        using var anonymous = nodes.B.CreateDefaultClient();
        using var anonymousOnB = await anonymous.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, managerOnB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, managerOnLater.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousOnB.StatusCode);
        Assert.Contains(KeyIdOf(cookies.GetCookies(Site)["cms-auth"]!.Value), await KeysInDatabaseAsync());
    }

    [Fact]
    public async Task An_antiforgery_token_from_one_node_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var onA = nodes.A.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var onB = nodes.B.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var signedIn = await SettingsNewsroomFactory.SignInAsync(onA, NewsroomFactory.EmailOf("author"), NewsroomFactory.Password);
        var token = await NewsroomFactory.AntiforgeryTokenAsync(onA, "/manager/media");

        using var genuine = await PreviewAsync(onB, token);
        using var forged = await PreviewAsync(onB, token[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Contains("<strong>двух</strong>", await genuine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(KeyIdOf(cookies.GetCookies(Site)["cms-csrf"]!.Value), await KeysInDatabaseAsync());
    }

    private static Task<HttpResponseMessage> PreviewAsync(HttpClient client, string token) =>
        client.PostAsync("/manager/preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["markdown"] = "Текст с **двух** узлов.",
            ["__RequestVerificationToken"] = token,
        }));

    /// <summary>The key a protected payload names: after a 4-byte magic header, the key's id.</summary>
    private static Guid KeyIdOf(string protectedValue) =>
        new(WebEncoders.Base64UrlDecode(protectedValue).AsSpan(4, 16));

    private async Task<List<Guid>> KeysInDatabaseAsync()
    {
        await using var scope = nodes.A.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        return [.. keys.Select(xml => Guid.Parse(XElement.Parse(xml!).Attribute("id")!.Value))];
    }
}
