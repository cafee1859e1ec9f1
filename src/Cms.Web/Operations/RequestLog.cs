using System.Diagnostics;
using Cms.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Web.Operations;

/// <summary>
/// First in the pipeline after the forwarded headers: every log line written while a request runs carries the node's
/// name (a logging scope, shown by the JSON console format); with <c>Cms:Logging:Requests</c> one line per request says
/// what it answered and how fast (Information; probes and scrapes at Debug); with <c>Cms:NodeHeader</c> the response
/// names the node in <c>X-Cms-Node</c>. The query string is not logged: searches are the readers' own.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, CmsNode node, IOptions<CmsOptions> options, IConfiguration configuration, ILogger<RequestLog> logger)
{
    public const string NodeHeader = "X-Cms-Node";

    private static readonly Func<ILogger, string, IDisposable?> NodeScope = LoggerMessage.DefineScope<string>("Node {Node}");

    private readonly bool sendHeader = options.Value.NodeHeader;

    // Off by default: the proxy's access log usually says the same, and a line per request costs throughput.
    private readonly bool logRequests = configuration.GetValue(CmsOperationsExtensions.RequestLogSetting, false);

    public async Task InvokeAsync(HttpContext context)
    {
        if (sendHeader)
        {
            // Set as the response starts: an error page clears the headers set before it.
            context.Response.OnStarting(static state =>
            {
                var (http, name) = ((HttpContext, string))state;
                http.Response.Headers[NodeHeader] = name;
                return Task.CompletedTask;
            }, (context, node.Name));
        }

        using var scope = NodeScope(logger, node.Name);
        var started = Stopwatch.GetTimestamp();
        var completed = false;
        try
        {
            await next(context);
            completed = true;
        }
        finally
        {
            var level = IsProbe(context.Request.Path) ? LogLevel.Debug : LogLevel.Information;
            if (logRequests && logger.IsEnabled(level))
            {
                LogRequest(
                    level, context.Request.Method, context.Request.PathBase + context.Request.Path,
                    completed ? context.Response.StatusCode : StatusCodes.Status500InternalServerError,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, node.Name);
            }
        }
    }

    private static bool IsProbe(PathString path) =>
        path.Equals(CmsOperationsExtensions.LivenessPath, StringComparison.Ordinal)
        || path.Equals(CmsOperationsExtensions.ReadinessPath, StringComparison.Ordinal)
        || path.Equals(CmsOperationsExtensions.MetricsPath, StringComparison.Ordinal);

    [LoggerMessage("{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms on {Node}")]
    private partial void LogRequest(LogLevel level, string method, string path, int statusCode, double elapsedMilliseconds, string node);
}
