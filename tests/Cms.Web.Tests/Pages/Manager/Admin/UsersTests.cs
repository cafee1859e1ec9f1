using System.Net;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Pages.Manager.Admin;

/// <summary>A token's expiry is typed as a date in the UI culture and ends at the start of that day in the site's zone.</summary>
public sealed class UsersTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Theory]
    [InlineData("ru", "1.2.2099")]
    [InlineData("ky", "1/2/2099")]
    public async Task An_expiry_typed_in_the_ui_culture_is_the_start_of_that_day_in_the_site_zone(string ui, string typed)
    {
        using var admin = await factory.ClientAsync("admin");
        (await admin.GetAsync("/manager/ui/" + ui)).Dispose();

        using var response = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/users", "/manager/admin/users?handler=token",
            [new("email", NewsroomFactory.EmailOf("author")), new("name", "culture-" + ui), new("expires", typed)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ApiTokens.SingleAsync(t => t.Name == "culture-" + ui);
        Assert.Equal(new DateTime(2099, 1, 31, 18, 0, 0, DateTimeKind.Utc), token.ExpiresUtc);
    }

    [Fact]
    public async Task A_bad_expiry_is_refused_with_an_example_in_the_ui_culture()
    {
        using var admin = await factory.ClientAsync("admin");
        (await admin.GetAsync("/manager/ui/ru")).Dispose();

        using var response = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/users", "/manager/admin/users?handler=token",
            [new("email", NewsroomFactory.EmailOf("author")), new("name", "bad"), new("expires", "02/01/2099 x")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("«02/01/2099 x» — не дата вида 31.12.2030 (не позже 2100 года).", page.QuerySelector(".errors li")!.TextContent);
        Assert.Equal("31.12.2030", page.QuerySelector("input[name=expires]")!.GetAttribute("placeholder"));
    }
}
