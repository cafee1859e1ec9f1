using System.Net;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

public sealed class SetupRaceTests
{
    [Fact]
    public async Task Concurrent_setups_create_exactly_one_admin_and_tell_the_others()
    {
        await using var site = new CmsWebFactory();
        const int Racers = 8;
        var clients = Enumerable.Range(0, Racers).Select(_ => site.CreateNonRedirectingClient()).ToList();
        var tokens = new List<string>();
        foreach (var client in clients)
        {
            tokens.Add(await NewsroomFactory.AntiforgeryTokenAsync(client, "/manager/setup"));
        }

        var responses = await Task.WhenAll(clients.Select((client, i) => client.PostAsync("/manager/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = $"first{i}@newsroom.test",
            ["Password"] = "a long enough secret",
            ["Confirm"] = "a long enough secret",
            ["__RequestVerificationToken"] = tokens[i],
        }))));
        var losers = responses.Where(r => r.StatusCode != HttpStatusCode.Redirect).ToList();
        var loserPage = await Html.ParseAsync(losers[0]);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(losers, r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.NotNull(loserPage.QuerySelector(".errors a[href='/manager/login']"));
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(1, await db.UserRoles.CountAsync());
        foreach (var response in responses)
        {
            response.Dispose();
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
