using Microsoft.AspNetCore.Hosting;

namespace Cms.Web.Tests.Api;

/// <summary>The seeded site allowing each client only three searches a minute.</summary>
public sealed class SearchLimitFactory : CmsWebFactory
{
    public const int PerMinute = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("SearchLimits:PerMinutePerClient", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
