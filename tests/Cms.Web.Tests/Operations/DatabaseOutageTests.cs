using System.Net;

namespace Cms.Web.Tests.Operations;

/// <summary>A database that cannot be reached makes the node not ready, naming the database; the process still
/// answers <c>/healthz</c>, which never asks the database.</summary>
public sealed class DatabaseOutageTests(OperationsFactory site) : IClassFixture<OperationsFactory>
{
    [Fact]
    public async Task Readiness_answers_503_naming_the_database_while_it_cannot_be_reached_and_200_once_it_is_back()
    {
        using var client = site.ClientFrom(null);
        Assert.Equal(HttpStatusCode.OK, (await Polling.UntilAsync(() => Probe.GetAsync(client, "/readyz"), p => p.Status == HttpStatusCode.OK)).Status);

        await using (await DatabaseOutage.BeginAsync(site.DataDirectory))
        {
            var down = await Probe.GetAsync(client, "/readyz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
            Assert.Contains("database", down.Failing);
            Assert.Equal("the database cannot be reached", down.Body.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
            Assert.Equal(HttpStatusCode.OK, (await Probe.GetAsync(client, "/healthz")).Status);
        }

        var back = await Polling.UntilAsync(() => Probe.GetAsync(client, "/readyz"), p => p.Status == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, back.Status);
    }
}
