using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Newsroom;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Operations;

/// <summary><c>/metrics</c>: ASP.NET Core's request durations, the search index's lag, the scheduler's counters and the
/// node's name, for Prometheus on this machine and the configured networks only.</summary>
public sealed class MetricsTests(OperationsFactory site) : IClassFixture<OperationsFactory>
{
    [Fact]
    public async Task Metrics_show_request_durations_the_index_lag_and_the_node()
    {
        using var client = site.ClientFrom(null);
        (await client.GetAsync("/ru/")).EnsureSuccessStatusCode();

        // A request's duration is recorded as it ends, which may be just after its client has the answer.
        var scrape = await Polling.UntilAsync(() => ScrapeAsync(client), s => s.Value("http_server_request_duration_seconds_count", "http_route=\"{lang:sitelang}\"") >= 1);

        Assert.True(scrape.Value("http_server_request_duration_seconds_count", "http_route=\"{lang:sitelang}\"", "http_request_method=\"GET\"", "http_response_status_code=\"200\"") >= 1, scrape.Text);
        Assert.True(scrape.Value("http_server_request_duration_seconds_bucket", "le=\"+Inf\"") >= 1, scrape.Text);
        Assert.True(0 == scrape.Value("cms_search_index_lag"), scrape.Text);
        Assert.True(1 == scrape.Value("target_info", $"service_instance_id=\"{OperationsFactory.Node}\""), scrape.Text);
    }

    [Fact]
    public async Task The_scheduler_counts_the_stories_it_published()
    {
        using var client = site.ClientFrom(null);
        using var editor = await site.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Круглый стол в Караколе", body = "Круглый стол в Караколе." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        var at = site.Clock.GetUtcNow().AddHours(1).UtcDateTime;
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at })).EnsureSuccessStatusCode();
        var before = (await ScrapeAsync(client)).Value("cms_scheduler_stories_total", "outcome=\"applied\"") ?? 0;

        site.Clock.Advance(TimeSpan.FromHours(2));
        site.Services.GetRequiredService<PublishingSignal>().Notify();

        var after = await Polling.UntilAsync(() => ScrapeAsync(client), s => s.Value("cms_scheduler_stories_total", "outcome=\"applied\"") > before);
        Assert.True(before + 1 == after.Value("cms_scheduler_stories_total", "outcome=\"applied\""), after.Text);
        Assert.True(after.Value("cms_scheduler_runs_total") >= 1, after.Text);
    }

    [Theory]
    [InlineData("127.0.0.1", null, HttpStatusCode.OK)]
    [InlineData("::1", null, HttpStatusCode.OK)]
    [InlineData("10.1.2.3", null, HttpStatusCode.OK)]
    [InlineData("::ffff:10.1.2.3", null, HttpStatusCode.OK)]
    [InlineData("203.0.113.7", null, HttpStatusCode.NotFound)]
    [InlineData("192.168.1.5", null, HttpStatusCode.NotFound)]
    [InlineData("127.0.0.1", "203.0.113.7", HttpStatusCode.NotFound)]
    [InlineData("127.0.0.1", "10.4.5.6", HttpStatusCode.OK)]
    public async Task Metrics_answer_only_this_machine_and_the_scrape_networks(string client, string? forwardedFor, HttpStatusCode expected)
    {
        using var http = site.ClientFrom(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(expected == HttpStatusCode.OK, body.Contains("target_info", StringComparison.Ordinal));
    }

    private static async Task<Scrape> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Scrape(await response.Content.ReadAsStringAsync());
    }
}
