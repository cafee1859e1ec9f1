using Cms.Web.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>The newsroom site with a <see cref="PoisonSink"/>: any story keyed "poison" cannot go live.</summary>
public sealed class PoisonedNewsroomFactory : NewsroomFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IStoryChangeSink, PoisonSink>());
    }
}
