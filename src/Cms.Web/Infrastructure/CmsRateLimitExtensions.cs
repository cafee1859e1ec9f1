using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>
/// Sign-in and first-admin setup are limited per client address (<c>Cms:SignInAttemptsPerClient</c> posts per 15 minutes),
/// before any password is checked or any audit line written: one client can neither guess fast nor flood the audit log.
/// </summary>
internal static class CmsRateLimitExtensions
{
    public const string SignInPolicy = "sign-in";

    public static readonly TimeSpan SignInWindow = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddCmsSignInRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                // No body: the status page middleware answers with the localized "too many attempts" page.
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignInPolicy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var limit = context.RequestServices.GetRequiredService<IOptions<CmsOptions>>().Value.SignInAttemptsPerClient;
                return RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = SignInWindow,
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }
}
