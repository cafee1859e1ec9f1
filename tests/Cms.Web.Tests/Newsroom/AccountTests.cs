using System.Net;

namespace Cms.Web.Tests.Newsroom;

public sealed class AccountTests
{
    [Fact]
    public async Task The_setup_page_exists_only_while_there_is_no_user()
    {
        await using var site = new CmsWebFactory();
        using var client = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var login = await client.GetAsync("/manager/login");
        Assert.Equal("/manager/setup", login.Headers.Location!.OriginalString);
        using var created = await NewsroomFactory.PostFormAsync(client, "/manager/setup", "/manager/setup",
            [new("Email", "first@newsroom.test"), new("Password", "a long enough secret"), new("Confirm", "a long enough secret")]);
        using var again = await client.GetAsync("/manager/setup");
        using var manager = await client.GetAsync("/manager");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, manager.StatusCode);
    }

    [Fact]
    public async Task Setup_refuses_a_short_password_with_a_message()
    {
        await using var site = new CmsWebFactory();
        using var client = site.CreateClient();

        using var response = await NewsroomFactory.PostFormAsync(client, "/manager/setup", "/manager/setup",
            [new("Email", "first@newsroom.test"), new("Password", "short"), new("Confirm", "short")]);
        var page = await Html.ParseAsync(response);

        Assert.NotNull(page.QuerySelector(".errors[role=alert]"));
        using var still = await client.GetAsync("/manager/setup");
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_from_one_address_pause_it_with_the_one_failure_message()
    {
        await using var site = new NewsroomFactory();
        await site.EnsureUsersAsync();
        using var client = await site.ClientAsync(null);
        HttpResponseMessage? last = null;

        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            last = await NewsroomFactory.PostFormAsync(client, "/manager/login", "/manager/login",
                [new("Email", NewsroomFactory.EmailOf("editor")), new("Password", "wrong password " + i)]);
        }

        using var right = await NewsroomFactory.PostFormAsync(client, "/manager/login", "/manager/login",
            [new("Email", NewsroomFactory.EmailOf("editor")), new("Password", NewsroomFactory.Password)]);
        var page = await Html.ParseAsync(right);

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("15", page.QuerySelector(".errors")!.TextContent, StringComparison.Ordinal);
        last!.Dispose();
    }

    [Fact]
    public async Task The_cli_adds_users_with_the_password_from_stdin_lists_changes_roles_and_disables()
    {
        using var data = new TempDirectory();

        var added = await Cli.CliRunner.RunWithInputAsync(data.Path, "a long enough secret\n", "users", "add", "--email", "chief@newsroom.test", "--role", "admin");
        var weak = await Cli.CliRunner.RunWithInputAsync(data.Path, "short\n", "users", "add", "--email", "weak@newsroom.test", "--role", "author");
        var badRole = await Cli.CliRunner.RunWithInputAsync(data.Path, "a long enough secret\n", "users", "add", "--email", "x@newsroom.test", "--role", "king");
        var role = await Cli.CliRunner.RunWithInputAsync(data.Path, "", "users", "set-role", "--email", "chief@newsroom.test", "--role", "editor");
        var disabled = await Cli.CliRunner.RunWithInputAsync(data.Path, "", "users", "disable", "--email", "chief@newsroom.test");
        var list = await Cli.CliRunner.RunWithInputAsync(data.Path, "", "users", "list");

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 10", weak.Error, StringComparison.Ordinal);
        Assert.Equal(2, badRole.ExitCode); // an unknown role is a usage error: the option accepts admin, editor or author
        Assert.Contains("'king'", badRole.Error, StringComparison.Ordinal);
        Assert.Equal(0, role.ExitCode);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal("chief@newsroom.test\teditor\tdisabled\n", list.Output);
        Assert.DoesNotContain("secret", added.Output + added.Error, StringComparison.Ordinal);
    }
}
