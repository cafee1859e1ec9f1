using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Media;
using Cms.Web.Newsroom.Splitting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Cms.Web.Infrastructure;

internal static class CmsNewsroomExtensions
{
    public const string SmartScheme = "cms";

    public static IServiceCollection AddCmsAccounts(this IServiceCollection services)
    {
        services.AddIdentity<CmsUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Read by SignInGuard, which pauses one (e-mail, client address) pair: no anonymous guesser can lock an account.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "cms-auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/manager/login";
            options.LogoutPath = "/manager/logout";
            options.AccessDeniedPath = "/manager/denied";
            options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
            options.Events.OnValidatePrincipal = CookieSessions.ValidateAsync;
        });
        services.AddAuthentication(options =>
            {
                // Identity sets the cookie as the default for each action; the smart scheme picks cookie or token,
                // and a token only on /api/v1: it never opens the manager's pages or endpoints.
                options.DefaultScheme = SmartScheme;
                options.DefaultAuthenticateScheme = SmartScheme;
                options.DefaultChallengeScheme = SmartScheme;
                options.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
                    && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ApiTokenAuthenticationHandler.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        // The manager's pages and endpoints know only the cookie; the write API takes the cookie or a token.
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Author, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Author, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Editor, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.Admin, policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(Roles.Admin))
            .AddPolicy(Policies.ApiAuthor, policy => policy.AddAuthenticationSchemes(SmartScheme).RequireRole(Roles.Author, Roles.Editor, Roles.Admin))
            .AddPolicy(Policies.ApiEditor, policy => policy.AddAuthenticationSchemes(SmartScheme).RequireRole(Roles.Editor, Roles.Admin));
        services.AddScoped<AccountService>();
        services.AddSingleton<SignInGuard>();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cms-csrf";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.HeaderName = "X-CSRF-TOKEN";
        });
        return services;
    }

    public static IServiceCollection AddCmsNewsroom(this IServiceCollection services)
    {
        services.AddScoped<AuditLog>();
        services.AddScoped<NewsroomService>();
        services.AddSingleton<PublishingSignal>();
        services.AddHostedService<PublishingScheduler>();
        services.AddSingleton<TextSplitter>();
        services.AddSingleton<MediaInspector>();
        services.AddSingleton<ImageReencoder>();
        services.AddSingleton<MediaPreparer>();
        // Media bytes live in the database; each node keeps copies under its own data directory.
        services.AddSingleton(provider => new MediaStore(Path.Combine(provider.GetRequiredService<CmsPaths>().DataDirectory, "media")));
        services.AddScoped<MediaFiles>();
        services.AddSingleton<RenditionMaker>();
        services.AddSingleton<RenditionService>();
        services.AddSingleton<RenditionBackfill>();
        services.AddSingleton<MediaDiskImport>();
        services.AddHostedService<MediaUpkeep>();
        services.AddScoped<Pictures.MediaPictures>();
        return services;
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.HttpContext.RequestServices.GetRequiredService<PublicUrls>().Redirect(context.Request, context.RedirectUri));
        return Task.CompletedTask;
    }
}
