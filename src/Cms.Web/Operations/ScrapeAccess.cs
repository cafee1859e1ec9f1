using System.Net;
using Cms.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Web.Operations;

/// <summary>
/// In front of the Prometheus exporter: <c>/metrics</c> answers only this machine (loopback, or no IP address at all:
/// a Unix socket or the in-process test server) and the networks in <c>Cms:Telemetry:ScrapeNetworks</c>; anyone else
/// gets the site's 404. Behind a reverse proxy the client is the one the forwarded headers name (<c>Cms:KnownProxies</c>).
/// </summary>
internal sealed class ScrapeAccess(RequestDelegate next, IOptions<TelemetryOptions> options)
{
    private readonly IPNetwork[] networks = [.. options.Value.ScrapeNetworks.Select(n => IPNetwork.Parse(n))];

    public Task InvokeAsync(HttpContext context)
    {
        if (!IsAllowed(context.Connection.RemoteIpAddress))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    private bool IsAllowed(IPAddress? address)
    {
        if (address is null)
        {
            return true;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address) || networks.Any(n => n.Contains(address));
    }
}
