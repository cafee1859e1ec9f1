using Cms.Search.Index;
using Cms.Web.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Cms.Web.Operations;

/// <summary>Ready: this node's search index is complete (not being built from scratch) and at most
/// <c>Cms:Health:MaxIndexLag</c> change-log entries behind. A rebuild beside a complete index does not count: the old
/// index answers meanwhile.</summary>
internal sealed class SearchIndexHealthCheck(SearchIndexHost host, IndexLag lag, IOptions<HealthOptions> options) : IHealthCheck
{
    public const string Name = "search-index";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (host.MayBeIncomplete)
        {
            return HealthCheckResult.Unhealthy("the search index is being built");
        }

        long behind;
        try
        {
            behind = await lag.MeasureAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the change log cannot be read", e);
        }

        var max = options.Value.MaxIndexLag;
        return behind <= max
            ? HealthCheckResult.Healthy($"{behind} change(s) behind")
            : HealthCheckResult.Unhealthy($"{behind} change(s) behind the change log (at most {max})");
    }
}
