using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>UTC inside; the site's configured time zone only at the edge, when showing a time.</summary>
internal sealed class SiteClock(TimeProvider time, IOptions<CmsOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    public TimeZoneInfo Zone => zone;

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
}
