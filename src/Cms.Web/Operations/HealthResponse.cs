using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cms.Web.Operations;

/// <summary>
/// The body of <c>/healthz</c> and <c>/readyz</c>: the overall status, the node that answered, the names of the
/// failing checks and each check's own short description. Exception messages stay in the log (the health check
/// service logs them): they may name servers and users.
/// </summary>
internal static class HealthResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var node = context.RequestServices.GetRequiredService<CmsNode>().Name;
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("node", node);
        json.WriteStartArray("failing");
        foreach (var (name, _) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteStartObject("checks");
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description && (entry.Exception is null || description != entry.Exception.Message))
            {
                json.WriteString("description", description);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
