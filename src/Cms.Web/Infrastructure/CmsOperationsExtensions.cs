using System.Reflection;
using Cms.Web.Operations;
using Cms.Web.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Cms.Web.Infrastructure;

/// <summary>
/// Operations: <c>/healthz</c> (the process answers; no database call), <c>/readyz</c> (database, migrations, search
/// index; 503 naming what fails), metrics (ASP.NET Core's, the runtime's and the site's own) at <c>/metrics</c> for
/// Prometheus and over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, JSON console logs with
/// <c>Cms:Logging:Json</c>, a line per request with <c>Cms:Logging:Requests</c>, and the node's name in logs, metrics
/// and (optionally) a response header.
/// </summary>
internal static class CmsOperationsExtensions
{
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";
    public const string MetricsPath = "/metrics";
    public const string JsonLogSetting = "Cms:Logging:Json";
    public const string RequestLogSetting = "Cms:Logging:Requests";

    private const string ReadyTag = "ready";

    private static readonly string[] AspNetCoreMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Identity",
    ];

    // A check that hangs (a database that does not answer) makes the probe fail instead of hanging with it.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddCmsOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddSingleton<CmsNode>();
        services.AddSingleton<IndexLag>();
        services.AddSingleton<CmsMetrics>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<MigrationsHealthCheck>(MigrationsHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<SearchIndexHealthCheck>(SearchIndexHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);

        if (configuration.GetValue(JsonLogSetting, false))
        {
            services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = ConsoleFormatterNames.Json);
            services.Configure<JsonConsoleFormatterOptions>(options =>
            {
                options.IncludeScopes = true; // the node's name
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        var prometheus = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>()?.Prometheus ?? true;
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource
            .AddService(
                configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } service ? service : "cms",
                serviceVersion: typeof(CmsOperationsExtensions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                autoGenerateServiceInstanceId: false)
            .AddDetector(provider => new NodeResource(provider.GetRequiredService<CmsNode>())));
        if (prometheus || otlp)
        {
            // ASP.NET Core's meters and ours come from this host's meter factory and are enabled for it alone
            // (MeterScope.Local): a meter provider listening by name would also take in, and lose with them, the meters
            // of other hosts in the process (tests start many). The runtime's meter is one per process.
            services.AddMetrics(builder =>
            {
                foreach (var meter in AspNetCoreMeters.Append(CmsMetrics.MeterName))
                {
                    builder.EnableMetrics(meter, instrumentName: null, listenerName: null, MeterScope.Local);
                }
            });
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddRuntimeInstrumentation();
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        }

        if (otlp)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter());
        }

        return services;
    }

    /// <summary>The node's log scope, for everything the start-up and the background services log: begun first, on
    /// the main flow (a scope begun inside an async method would end with it), before the database is migrated and
    /// before the host starts the services. A request's work does not inherit it (the server starts each connection
    /// afresh): the request log line names the node itself.</summary>
    public static WebApplication BeginCmsNodeLogScope(this WebApplication app)
    {
        var node = app.Services.GetRequiredService<CmsNode>();
        _ = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CmsNode).FullName!).BeginScope("Node {Node}", node.Name);
        return app;
    }

    /// <summary>Right after the forwarded headers (the client is the real one): the request log line and the node
    /// header.</summary>
    public static WebApplication UseCmsOperations(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        return app;
    }

    /// <summary>The probes and the scrape endpoint answer straight after routing (<c>ShortCircuit</c>): no rate limit,
    /// page cache, sign-in or language handling applies to them.</summary>
    public static WebApplication MapCmsOperations(this WebApplication app)
    {
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync })
            .ShortCircuit();
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync })
            .ShortCircuit();
        // The instruments exist once their class does: before the first collection, not at the scheduler's first pass.
        app.Services.GetRequiredService<CmsMetrics>();
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath, null, scrape => scrape.UseMiddleware<ScrapeAccess>(), null).ShortCircuit();
        }

        return app;
    }
}
