using Cms.Web.Search;

namespace Cms.Web.Infrastructure;

internal static class CmsSearchLimitsExtensions
{
    /// <summary>The <see cref="SearchRateLimitPolicy"/> for the search endpoints; the pipeline needs
    /// <c>UseRateLimiter()</c> after routing.</summary>
    public static IServiceCollection AddCmsSearchLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchLimitOptions>().Bind(configuration.GetSection(SearchLimitOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, SearchRateLimitPolicy>(SearchRateLimitPolicy.Name);
        });
        return services;
    }
}
