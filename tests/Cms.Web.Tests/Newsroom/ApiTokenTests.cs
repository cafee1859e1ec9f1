using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cms.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

public sealed class ApiTokenTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Theory]
    [InlineData("/manager")]
    [InlineData("/manager/admin/users")]
    [InlineData("/manager/admin/audit")]
    [InlineData("/manager/media")]
    public async Task An_admins_token_opens_no_manager_page(string page)
    {
        using var client = await factory.TokenClientAsync("admin");

        using var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/manager/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_cannot_mint_tokens_or_use_manager_endpoints_but_works_on_the_api()
    {
        using var client = await factory.TokenClientAsync("admin");

        using var mint = await client.PostAsync("/manager/admin/users?handler=token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = NewsroomFactory.EmailOf("author"), ["name"] = "stolen",
        }));
        using var preview = await client.PostAsync("/manager/preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["markdown"] = "x" }));
        using var api = await client.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү." });

        Assert.Equal(HttpStatusCode.Redirect, mint.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<AccountService>().ListTokensAsync(), t => t.Token.Name == "stolen");
    }

    [Fact]
    public async Task Each_token_is_revoked_on_its_own_from_the_users_page()
    {
        using var kept = await factory.TokenClientAsync("editor");
        using var revoked = await factory.TokenClientAsync("editor");
        var revokedHash = ApiTokens.Hash(revoked.DefaultRequestHeaders.Authorization!.Parameter!);
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<AccountService>().ListTokensAsync(NewsroomFactory.EmailOf("editor")))
                .Single(t => t.Token.TokenHash == revokedHash).Token.Id;
        }

        using var admin = await factory.ClientAsync("admin");
        using var listed = await admin.GetAsync("/manager/admin/users");
        var row = (await Html.ParseAsync(listed)).QuerySelector($"#tokens tr[data-token='{id}'] form input[name=id]");
        using var revoke = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/users", "/manager/admin/users?handler=revoke", [new("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        using var keptAnswer = await kept.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү." });
        using var revokedAnswer = await revoked.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү." });

        Assert.NotNull(row);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keptAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revokedAnswer.StatusCode);
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2027-13-01")]
    [InlineData("2101-01-01")]
    [InlineData("soon")]
    public async Task The_users_page_refuses_an_expiry_that_is_past_or_not_a_date(string expires)
    {
        using var admin = await factory.ClientAsync("admin");

        using var response = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/users", "/manager/admin/users?handler=token",
            [new("email", NewsroomFactory.EmailOf("author")), new("name", "bad-expiry"), new("expires", expires)]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".errors"));
        Assert.Null(page.QuerySelector("#token"));
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires()
    {
        await using var site = new NewsroomFactory();
        await site.EnsureUsersAsync();
        using var admin = await site.ClientAsync("admin");
        var tomorrow = site.Clock.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var issued = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/users", "/manager/admin/users?handler=token",
            [new("email", NewsroomFactory.EmailOf("author")), new("name", "short-lived"), new("expires", tomorrow)]);
        var token = (await Html.ParseAsync(issued)).QuerySelector("#token")!.TextContent;
        using var client = site.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var before = await client.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү." });
        site.Clock.Advance(TimeSpan.FromDays(3));
        using var after = await client.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү." });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_cli_issues_tokens_with_an_expiry_lists_and_revokes_them()
    {
        using var data = new TempDirectory();
        var added = await Cli.CliRunner.RunWithInputAsync(data.Path, "a long enough secret\n", "users", "add", "--email", "bot@newsroom.test", "--role", "editor");

        var issued = await Cli.CliRunner.RunAsync(data.Path, "users", "token", "--email", "bot@newsroom.test", "--name", "feed", "--expires", "2099-01-01");
        var bad = await Cli.CliRunner.RunAsync(data.Path, "users", "token", "--email", "bot@newsroom.test", "--expires", "2099-02-30");
        var listed = await Cli.CliRunner.RunAsync(data.Path, "users", "tokens");
        var revoked = await Cli.CliRunner.RunAsync(data.Path, "users", "revoke-token", "--id", "1");
        var missing = await Cli.CliRunner.RunAsync(data.Path, "users", "revoke-token", "--id", "99");
        var after = await Cli.CliRunner.RunAsync(data.Path, "users", "tokens", "--email", "bot@newsroom.test");

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.True(issued.ExitCode == 0, issued.Error);
        Assert.StartsWith("cms_", issued.Output, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("2099-02-30", bad.Error, StringComparison.Ordinal);
        Assert.Matches(@"^1\tbot@newsroom.test\tfeed\t\S+Z\t2098-12-31T\d\d:00:00Z\tactive\n$", listed.Output);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.EndsWith("\trevoked\n", after.Output, StringComparison.Ordinal);
    }
}
