using System.Net;
using System.Text.Json;

namespace Cms.Web.Tests.Operations;

/// <summary>What <c>/healthz</c> or <c>/readyz</c> answered.</summary>
internal sealed record Probe(HttpStatusCode Status, JsonElement Body, string? CacheControl)
{
    public string[] Failing => [.. Body.GetProperty("failing").EnumerateArray().Select(e => e.GetString()!)];

    public static async Task<Probe> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Probe(response.StatusCode, json.RootElement.Clone(), response.Headers.CacheControl?.ToString());
    }
}
