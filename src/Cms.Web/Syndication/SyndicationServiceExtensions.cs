namespace Cms.Web.Syndication;

internal static class SyndicationServiceExtensions
{
    /// <summary>Feeds, sitemaps and robots.txt: read-only views of what is live, built per request.</summary>
    public static IServiceCollection AddCmsSyndication(this IServiceCollection services)
    {
        services.AddOptions<SyndicationOptions>().BindConfiguration(SyndicationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalizedText>();
        services.AddScoped<FeedStories>();
        services.AddScoped<FeedEntries>();
        services.AddScoped<FeedService>();
        services.AddScoped<SitemapService>();
        return services;
    }
}
