using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Cms.Web.Caching;

/// <summary>Speed: the page cache (public pages, feeds and the read API, evicted by the change log), ETags and
/// 304s, Brotli and gzip, cache lifetimes of static files.</summary>
internal static class CmsCachingExtensions
{
    public static IServiceCollection AddCmsCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PageCacheOptions>().Bind(configuration.GetSection(PageCacheOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PageCacheStore>();
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<PageCacheStore>());
        services.AddSingleton<PageCachePolicy>();
        services.AddScoped<CacheTags>();
        services.AddSingleton<PageCacheFollower>();
        services.AddHostedService(provider => provider.GetRequiredService<PageCacheFollower>());
        services.AddOutputCache(options =>
        {
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PageCachePolicy.Name, policy => policy.AddPolicy<PageCachePolicy>(), excludeDefaultPolicy: true);
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            // Text types (images and fonts are compressed already).
            options.MimeTypes =
            [
                "text/html", "text/css", "text/plain", "text/javascript", "application/javascript", "application/json",
                "application/problem+json", "application/xml", "text/xml", "application/atom+xml", "application/rss+xml",
                "text/calendar", "image/svg+xml", "application/manifest+json",
            ];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Static files, compressed, with their cache lifetimes; before routing, as they were.</summary>
    public static IApplicationBuilder UseCmsStaticFiles(this IApplicationBuilder app) =>
        app.UseResponseCompression()
            .UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticAssetCaching.Apply });

    /// <summary>The page cache, after authentication (a signed-in request is never cached) and before the endpoints:
    /// what it stores is compressed already (one entry per encoding), with its ETag and tags.</summary>
    public static IApplicationBuilder UseCmsPageCache(this IApplicationBuilder app) =>
        app.UseOutputCache()
            .UseResponseCompression()
            .UseMiddleware<PageCacheResponses>();

    /// <summary>Puts an endpoint (a page folder, an API group, a feed) under the page cache.</summary>
    public static TBuilder CachedAsPublic<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(PageCachePolicy.Name);
}
