using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Cms.Web.Accounts;
using Cms.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Web.Tests.Newsroom;

/// <summary>The seeded site with one admin, editor and author, a hand-moved clock, and helpers to sign in.</summary>
public partial class NewsroomFactory : CmsWebFactory
{
    public const string Password = "correct horse battery";

    private readonly SemaphoreSlim seeding = new(1, 1);
    private bool seeded;

    public NewsroomFactory()
    {
    }

    /// <summary>A site over a data directory the caller owns, with a shared clock: for restart tests.</summary>
    internal NewsroomFactory(TempDirectory data, ManualClock clock)
        : base(data, ownsData: false) => Clock = clock;

    /// <summary>One node of several sharing the database of <paramref name="databaseDirectory"/> (the caller drops it),
    /// over a data directory of its own.</summary>
    internal NewsroomFactory(TempDirectory data, bool ownsData, string databaseDirectory)
        : base(data, ownsData, databaseDirectory)
    {
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero));

    public static string EmailOf(string role) => role + "@newsroom.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public async Task EnsureUsersAsync()
    {
        await seeding.WaitAsync();
        try
        {
            if (seeded)
            {
                return;
            }

            await using var scope = Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            if (!await accounts.AnyUserAsync())
            {
                foreach (var role in Roles.All)
                {
                    await accounts.AddAsync(EmailOf(role), Password, role, "test");
                }
            }

            seeded = true;
        }
        finally
        {
            seeding.Release();
        }
    }

    /// <summary>A client that does not follow redirects, signed in with the role's cookie (null: anonymous).</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        await EnsureUsersAsync();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role is null)
        {
            return client;
        }

        var token = await AntiforgeryTokenAsync(client, "/manager/login");
        using var response = await client.PostAsync("/manager/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = EmailOf(role),
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {role} failed: {response.StatusCode}");
        }

        return client;
    }

    /// <summary>A client authenticated by an API token issued to the role's user.</summary>
    public async Task<HttpClient> TokenClientAsync(string role)
    {
        await EnsureUsersAsync();
        await using var scope = Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<AccountService>().IssueTokenAsync(EmailOf(role), "test", "test");
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("no antiforgery token on " + page);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await AntiforgeryTokenAsync(client, page);
        var all = fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
