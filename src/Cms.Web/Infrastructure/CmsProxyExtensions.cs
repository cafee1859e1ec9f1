using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy listed in <c>Cms:KnownProxies</c> / <c>Cms:KnownNetworks</c>, its <c>X-Forwarded-For/-Proto/-Host</c>
/// become the request's client address, scheme and host, so cookies are Secure and HSTS is sent behind TLS.
/// Nobody else's forwarded headers are believed, and with no proxy configured none are read.
/// </summary>
internal static class CmsProxyExtensions
{
    public static IServiceCollection AddCmsForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<CmsOptions>>((options, cms) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in cms.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in cms.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    public static WebApplication UseCmsForwardedHeaders(this WebApplication app)
    {
        var cms = app.Services.GetRequiredService<IOptions<CmsOptions>>().Value;
        if (cms.KnownProxies.Length > 0 || cms.KnownNetworks.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
