using System.Net;

namespace Cms.Web.Tests.Operations;

/// <summary>With <c>Cms:Logging:Requests</c> each request is one log line naming the node; <c>X-Cms-Node</c> names it
/// on every answer, error pages too.</summary>
public sealed class RequestLogTests(OperationsFactory site) : IClassFixture<OperationsFactory>
{
    [Fact]
    public async Task A_request_is_logged_with_its_status_and_the_node_but_not_its_query()
    {
        using var client = site.ClientFrom(null);

        using var response = await client.GetAsync("/ru/search?q=%D1%81%D0%B5%D0%BA%D1%80%D0%B5%D1%82");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = (await Polling.UntilAsync(
            () => Task.FromResult(site.Logs.Entries.FirstOrDefault(e => e.Message.StartsWith("GET /ru/search ", StringComparison.Ordinal))?.Message),
            message => message is not null))!;
        Assert.Matches(@"^GET /ru/search answered 200 in \d+(\.\d)? ms on node-a$", line);
    }

    [Theory]
    [InlineData("/ru/")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_answer_names_the_node(string path)
    {
        using var client = site.ClientFrom(null);

        using var response = await client.GetAsync(path);

        Assert.Equal(OperationsFactory.Node, response.Headers.GetValues("X-Cms-Node").Single());
    }
}
