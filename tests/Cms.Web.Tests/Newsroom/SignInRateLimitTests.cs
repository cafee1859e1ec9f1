using System.Net;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_from_one_address_get_429_and_write_nothing()
    {
        await using var site = new SettingsNewsroomFactory(("Cms:SignInAttemptsPerClient", "3"));
        await site.EnsureUsersAsync();
        using var flooder = site.ClientFrom("10.30.0.1");
        using var other = site.ClientFrom("10.30.0.2");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await SettingsNewsroomFactory.SignInAsync(flooder, NewsroomFactory.EmailOf("admin"), "guess " + i);
            statuses.Add(response.StatusCode);
        }

        using var limited = await SettingsNewsroomFactory.SignInAsync(flooder, NewsroomFactory.EmailOf("admin"), NewsroomFactory.Password);
        var page = await Html.ParseAsync(limited);
        using var form = await flooder.GetAsync("/manager/login");
        using var otherSignIn = await SettingsNewsroomFactory.SignInAsync(other, NewsroomFactory.EmailOf("admin"), NewsroomFactory.Password);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("Слишком много запросов", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherSignIn.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Audit.CountAsync(e => e.Action == AuditActions.SignInFailed);
        Assert.Equal(3, failed);
    }
}
