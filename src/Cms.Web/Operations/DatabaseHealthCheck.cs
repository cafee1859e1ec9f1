using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cms.Web.Operations;

/// <summary>Ready: the database answers a query (on SQLite, the file is there too: opening a missing one would make
/// an empty one).</summary>
internal sealed class DatabaseHealthCheck(CmsDbContext db) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (await db.Database.CanConnectAsync(cancellationToken))
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
                return HealthCheckResult.Healthy();
            }

            return HealthCheckResult.Unhealthy("the database cannot be reached");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database cannot be reached", e);
        }
    }
}
