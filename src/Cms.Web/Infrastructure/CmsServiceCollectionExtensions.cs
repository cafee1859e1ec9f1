using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;
using Cms.Web.Content;
using Cms.Web.Data;
using Cms.Web.Markdown;
using Cms.Web.Search;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

internal static class CmsServiceCollectionExtensions
{
    public static IServiceCollection AddCmsOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CmsOptions>().Bind(configuration.GetSection(CmsOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<CmsOptions>, CmsOptionsValidator>();
        services.AddOptions<LanguageOptions>().Bind(configuration.GetSection(LanguageOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<LanguageOptions>, LanguageOptionsValidator>();
        services.AddOptions<TermOptions>().Bind(configuration.GetSection(TermOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TermOptions>, TermOptionsValidator>();
        services.AddSingleton<SiteLanguages>();
        services.AddSingleton<CmsPaths>();
        services.AddSingleton<SiteClock>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static IServiceCollection AddCmsData(this IServiceCollection services)
    {
        services.AddDbContext<CmsDbContext>((provider, options) =>
        {
            var paths = provider.GetRequiredService<CmsPaths>();
            options.UseSqlite($"Data Source={paths.DatabaseFile}")
                // Migrations are written by hand (no design-time tooling here); a test compares their schema with the model's.
                .ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning))
                .AddInterceptors(new SqliteConnectionSettings());
        });
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    /// <summary>Search: a Lucene index per process under <c>Cms:DataDirectory/index/</c>, following the change log.</summary>
    public static IServiceCollection AddCmsSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchIndexOptions>().Bind(configuration.GetSection(SearchIndexOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => new Analyzers());
        services.AddSingleton<SearchIndexHost>();
        services.AddSingleton<SearchEngine>();
        services.AddSingleton<SearchDocuments>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchIndexer>());
        services.AddScoped<IHitTexts, DbHitTexts>();
        services.AddScoped<SearchFreshness>();
        services.AddHttpContextAccessor();
        return services;
    }

    public static IServiceCollection AddCmsContent(this IServiceCollection services)
    {
        // Every saved story is appended to the change log in the transaction that saved it; derived views follow the log.
        services.AddScoped<IStoryChangeSink, ChangeLogSink>();
        services.AddScoped<ChangeLogSession>();
        services.AddSingleton<ChangeLogPruner>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeLogPruner>());
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentReader>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentExporter>();
        // Places, organisations, projects and tags: one immutable snapshot per process, named in each page's language.
        services.AddSingleton<TermCatalogCache>();
        services.AddSingleton<TermFallback>();
        services.AddScoped<TermService>();
        services.AddScoped<PageTerms>();
        services.AddScoped<TermUpgrade>();
        return services;
    }
}
