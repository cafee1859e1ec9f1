using Cms.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Data;

/// <summary>Deletes change-log rows older than <c>Cms:ChangeLogRetentionDays</c>, once an hour; the newest row always stays.</summary>
internal sealed partial class ChangeLogPruner(IServiceScopeFactory scopes, TimeProvider time, IOptions<CmsOptions> options, ILogger<ChangeLogPruner> logger)
    : BackgroundService
{
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var before = time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.ChangeLogRetentionDays);
        var newest = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        return await db.ChangeLog.Where(e => e.AtUtc < before && e.Sequence < newest).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex);
                await Task.Delay(TimeSpan.FromHours(1), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Pruning the change log failed; trying again in an hour")]
    private partial void LogFailed(Exception exception);
}
