using System.Net;
using System.Net.Http.Json;
using Cms.Web.Infrastructure;
using Cms.Web.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cms.Web.Tests.Api;

/// <summary>One client cannot run many searches at once or keep searching without pause.</summary>
public sealed class SearchLimitTests(SearchLimitFactory factory) : IClassFixture<SearchLimitFactory>
{
    [Fact]
    public void A_client_gets_only_its_concurrent_searches_and_other_clients_keep_theirs()
    {
        var policy = new SearchRateLimitPolicy(Options.Create(new SearchLimitOptions { ConcurrentPerClient = 2, QueuePerClient = 0 }));
        var client = policy.GetPartition(Context("203.0.113.7"));
        var other = policy.GetPartition(Context("198.51.100.1"));
        using var clientLimiter = client.Factory(client.PartitionKey);
        using var otherLimiter = other.Factory(other.PartitionKey);

        using var one = clientLimiter.AttemptAcquire();
        using var two = clientLimiter.AttemptAcquire();
        using var three = clientLimiter.AttemptAcquire();
        using var fromOther = otherLimiter.AttemptAcquire();

        Assert.Equal(client.PartitionKey, policy.GetPartition(Context("203.0.113.7")).PartitionKey);
        Assert.NotEqual(client.PartitionKey, other.PartitionKey);
        Assert.True(one.IsAcquired);
        Assert.True(two.IsAcquired);
        Assert.False(three.IsAcquired);
        Assert.True(fromOther.IsAcquired);
    }

    [Fact]
    public async Task Past_the_limit_the_api_answers_429_problem_json_and_the_page_429_in_its_language()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < SearchLimitFactory.PerMinute; i++)
        {
            using var allowed = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("Ош"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var api = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString("Ош"));
        using var page = await client.GetAsync("/ru/search?q=" + Uri.EscapeDataString("Ош"));
        using var home = await client.GetAsync("/ru/");
        var problem = await api.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        var document = await Html.ParseAsync(page);

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Too many searches", problem!["detail"].ToString(), StringComparison.Ordinal);
        Assert.True(api.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("Слишком много запросов", document.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private static DefaultHttpContext Context(string address)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return context;
    }
}
