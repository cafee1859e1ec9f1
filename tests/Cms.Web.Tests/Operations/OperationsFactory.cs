using Cms.Web.Tests.Newsroom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Web.Tests.Operations;

/// <summary>The newsroom site named <see cref="Node"/> (sent in <c>X-Cms-Node</c>, requests logged), ready only with its search index
/// fully caught up (<c>Cms:Health:MaxIndexLag</c> 0), behind a proxy at 127.0.0.1 and scraped from 10.0.0.0/8 too; its
/// clients can claim a client address (see <see cref="TestClientAddress"/>).</summary>
public sealed class OperationsFactory : NewsroomFactory
{
    public const string Node = "node-a";

    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:NodeName", Node);
        builder.UseSetting("Cms:NodeHeader", "true");
        builder.UseSetting("Cms:Health:MaxIndexLag", "0");
        builder.UseSetting("Cms:KnownProxies:0", "127.0.0.1");
        builder.UseSetting("Cms:Telemetry:ScrapeNetworks:0", "10.0.0.0/8");
        builder.UseSetting("Cms:Logging:Requests", "true");
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));

    }

    /// <summary>A client that follows no redirect and comes from <paramref name="address"/> (null: no address, as a
    /// Unix socket).</summary>
    public HttpClient ClientFrom(string? address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (address is not null)
        {
            client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        }

        return client;
    }
}
