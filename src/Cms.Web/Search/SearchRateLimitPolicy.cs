using System.Globalization;
using System.Threading.RateLimiting;
using Cms.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cms.Web.Search;

/// <summary>
/// Searches per client IP address: a few at a time (the rest wait in a short queue) and a bucket of searches per
/// minute. Beyond that the answer is 429: problem+json on the API, the error page in the reader's language elsewhere.
/// </summary>
internal sealed class SearchRateLimitPolicy(IOptions<SearchLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "search";

    private const string RetryAfterSeconds = "5";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var limits = options.Value;
        return RateLimitPartition.Get(client, _ => RateLimiter.CreateChained(
            new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = limits.ConcurrentPerClient,
                QueueLimit = limits.QueuePerClient,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
            new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.PerMinutePerClient,
                TokensPerPeriod = Math.Max(1, limits.PerMinutePerClient / 60),
                ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1, 60 / limits.PerMinutePerClient)),
                QueueLimit = 0,
            })));
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)
            : RetryAfterSeconds;
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many searches",
                detail: "Too many searches from your address at once. Wait a few seconds and try again.")
                .ExecuteAsync(http);
        }

        // Pages: the status-code page renders the message in the reader's language.
    }
}
