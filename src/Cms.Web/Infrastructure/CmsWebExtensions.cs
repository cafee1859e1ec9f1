using Cms.Web.Api;
using Cms.Web.Caching;
using Cms.Web.Calendar;
using Cms.Web.Cli;
using Cms.Web.Data;
using Cms.Web.Localization;
using Cms.Web.Syndication;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.WebEncoders;

namespace Cms.Web.Infrastructure;

internal static class CmsWebExtensions
{
    public static IServiceCollection AddCmsWeb(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Manager", Accounts.Policies.Author);
            options.Conventions.AllowAnonymousToPage("/Manager/Login");
            options.Conventions.AllowAnonymousToPage("/Manager/Setup");
            options.Conventions.AllowAnonymousToPage("/Manager/Denied");
            options.Conventions.AuthorizeFolder("/Manager/Admin", Accounts.Policies.Admin);
            // Public pages are cached until the change log says what they show has changed.
            options.Conventions.AddFolderApplicationModelConvention("/Lang", page =>
                page.EndpointMetadata.Add(new OutputCacheAttribute { PolicyName = PageCachePolicy.Name }));
        });
        // Cyrillic and Georgian stay readable in the HTML instead of becoming numeric entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.Configure<RouteOptions>(options => options.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint));
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase);
        services.AddSingleton<PublicUrls>();
        services.AddScoped<StructuredData.ArticlePreviews>();
        services.AddScoped<Calendar.CalendarEntries>();
        services.AddSingleton<Pages.Lang.RelatedStories>();
        services.AddCmsForwardedHeaders();
        services.AddCmsSignInRateLimit();
        services.AddCmsSyndication();
        return services;
    }

    public static IServiceCollection AddCmsCli(this IServiceCollection services)
    {
        services.AddSingleton<ICliCommand, ImportCommand>();
        services.AddSingleton<ICliCommand, ExportCommand>();
        services.AddSingleton<ICliCommand, ReindexCommand>();
        services.AddSingleton<ICliCommand, AnalyzeCommand>();
        services.AddSingleton<ICliCommand, SearchCommand>();
        services.AddSingleton<ICliCommand, SplitCommand>();
        services.AddSingleton<ICliCommand, UsersCommand>();
        return services;
    }

    public static async Task InitializeCmsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(site: true);
    }

    public static WebApplication UseCmsPipeline(this WebApplication app)
    {
        app.UseCmsForwardedHeaders();
        // Pages get error pages in the reader's language; the API gets problem+json.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            pages => pages.UseExceptionHandler("/status/500").UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            api => api.UseExceptionHandler().UseStatusCodePages());
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            await next();
        });
        app.UseCmsStaticFiles();
        app.UseMiddleware<Newsroom.Media.UploadSizeLimit>();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseCmsPageCache();
        var languages = app.Services.GetRequiredService<SiteLanguages>();
        app.UseRequestLocalization(options =>
        {
            var cultures = languages.All.Select(l => l.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(languages.Default.Culture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new RouteLanguageCultureProvider(languages), new ManagerCultureProvider(languages)];
        });
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapCms(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapLanguageSwitch();
        app.MapStoriesApi();
        app.MapSearchApi();
        app.MapWriteApi();
        app.MapTermsApi();
        app.MapManagerEndpoints();
        app.MapEventCalendars();
        app.MapFeeds();
        app.MapSitemaps();
        return app;
    }
}
