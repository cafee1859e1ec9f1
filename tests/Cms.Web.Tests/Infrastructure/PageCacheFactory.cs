using Cms.Web.Tests.Newsroom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Infrastructure;

/// <summary>The newsroom site, where a request carrying <see cref="SetCookieHeader"/> gets a cookie set before any
/// page runs: a stand-in for anything in the pipeline that sets one on a public page.</summary>
public sealed class PageCacheFactory : NewsroomFactory
{
    public const string SetCookieHeader = "X-Test-Set-Cookie";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, CookieSetter>());
    }

    private sealed class CookieSetter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.ContainsKey(SetCookieHeader))
                {
                    context.Response.Cookies.Append("test-cookie", "1");
                }

                await following(context);
            });
            next(app);
        };
    }
}
