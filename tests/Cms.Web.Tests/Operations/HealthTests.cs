using System.Net;
using System.Net.Http.Json;
using Cms.Search.Index;
using Cms.Web.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Operations;

/// <summary><c>/healthz</c> says the process answers; <c>/readyz</c> whether this node should take requests: database,
/// migrations and a search index within <c>Cms:Health:MaxIndexLag</c> of the change log (0 here).</summary>
public sealed class HealthTests(OperationsFactory site) : IClassFixture<OperationsFactory>
{
    [Fact]
    public async Task Liveness_answers_200_naming_the_node()
    {
        using var client = site.ClientFrom(null);

        var probe = await Probe.GetAsync(client, "/healthz");

        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Equal("Healthy", probe.Body.GetProperty("status").GetString());
        Assert.Equal(OperationsFactory.Node, probe.Body.GetProperty("node").GetString());
        Assert.Empty(probe.Failing);
    }

    [Fact]
    public async Task Readiness_answers_200_with_every_check_healthy_and_is_never_cached()
    {
        using var client = site.ClientFrom(null);

        using var response = await client.GetAsync("/readyz");
        var probe = await Probe.GetAsync(client, "/readyz");

        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Empty(probe.Failing);
        foreach (var check in new[] { "database", "migrations", "search-index" })
        {
            Assert.Equal("Healthy", probe.Body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }

        Assert.Contains("no-store", probe.CacheControl, StringComparison.Ordinal);
        Assert.Null(response.Headers.ETag);
        Assert.False(response.Headers.Contains("Age"));
    }

    [Fact]
    public async Task Readiness_answers_503_naming_the_search_index_while_it_lags_and_200_once_it_caught_up()
    {
        using var client = site.ClientFrom(null);
        using var editor = await site.TokenClientAsync("editor");
        var indexer = site.Services.GetRequiredService<SearchIndexer>();
        Assert.Equal(HttpStatusCode.OK, (await Polling.UntilAsync(() => Probe.GetAsync(client, "/readyz"), p => p.Status == HttpStatusCode.OK)).Status);

        await indexer.StopAsync(CancellationToken.None);
        try
        {
            using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
            {
                sourceLanguage = "ru",
                translations = new[] { new { language = "ru", title = "Семинар в Нарыне", body = "Семинар в Нарыне." } },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);

            var lagging = await Polling.UntilAsync(() => Probe.GetAsync(client, "/readyz"), p => p.Status != HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, lagging.Status);
            Assert.Equal(["search-index"], lagging.Failing);
            Assert.Contains("behind", lagging.Body.GetProperty("checks").GetProperty("search-index").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await Probe.GetAsync(client, "/healthz")).Status);
        }
        finally
        {
            await indexer.StartAsync(CancellationToken.None);
        }

        var caughtUp = await Polling.UntilAsync(() => Probe.GetAsync(client, "/readyz"), p => p.Status == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, caughtUp.Status);
    }

    [Fact]
    public async Task Readiness_answers_503_while_no_complete_search_index_exists()
    {
        using var client = site.ClientFrom(null);
        var host = site.Services.GetRequiredService<SearchIndexHost>();

        host.MayBeIncomplete = true;
        Probe building;
        try
        {
            building = await Probe.GetAsync(client, "/readyz");
        }
        finally
        {
            host.MayBeIncomplete = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, building.Status);
        Assert.Equal(["search-index"], building.Failing);
        Assert.Equal(HttpStatusCode.OK, (await Probe.GetAsync(client, "/readyz")).Status);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Probes_answer_through_the_proxy_without_a_language_redirect(string path)
    {
        using var client = site.ClientFrom("127.0.0.1");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "news.example.org");
        request.Headers.AcceptLanguage.ParseAdd("ky");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OperationsFactory.Node, response.Headers.GetValues("X-Cms-Node").Single());
    }
}
