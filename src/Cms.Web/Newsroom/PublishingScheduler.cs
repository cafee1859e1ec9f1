using Cms.Web.Content;
using Cms.Web.Data;

namespace Cms.Web.Newsroom;

/// <summary>
/// Publishes and unpublishes translations at their set times, also after a restart (the times are in the
/// database). Sleeps until the next due time, at most a minute, or until a schedule changes: here, or on another node
/// (the <see cref="ChangeSignal"/>). On several nodes only the holder of the scheduler lease applies anything; the
/// others ask for it every <see cref="LeaseRetry"/>, so one of them takes over well within a minute of the holder's
/// death. Applying is safe without the lease too (each due story is re-checked under a lock in its transaction), so a
/// moment with two holders, or none, costs nothing but time.
/// </summary>
internal sealed partial class PublishingScheduler(
    IServiceScopeFactory scopes, PublishingSignal signal, ChangeSignal changes, ISchedulerLease lease, TimeProvider time, ILogger<PublishingScheduler> logger)
    : BackgroundService
{
    /// <summary>The name the scheduler's changes are recorded under.</summary>
    public const string Actor = "scheduler";

    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    /// <summary>How often a node without the lease asks for it, and how soon a failed round is tried again.</summary>
    private static readonly TimeSpan LeaseRetry = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var woken = changes.Subscribe(signal.Notify);
        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = LeaseRetry;
            try
            {
                if (!await lease.HoldAsync(stoppingToken))
                {
                    await Task.Delay(LeaseRetry, stoppingToken);
                    continue;
                }

                sleep = await ApplyDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(ex, LeaseRetry.TotalSeconds);
            }

            try
            {
                await signal.WaitAsync(sleep, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Applies what is due; returns how long to sleep until the next due time (at most <see cref="MaxSleep"/>).</summary>
    private async Task<TimeSpan> ApplyDueAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<NewsroomService>().RunDueAsync(stoppingToken);
        scope.ServiceProvider.GetRequiredService<Telemetry.CmsMetrics>().SchedulerRan(run);
        if (run.Next is not { } due)
        {
            return MaxSleep;
        }

        var wait = due - time.GetUtcNow().UtcDateTime;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < MaxSleep ? wait + TimeSpan.FromMilliseconds(50) : MaxSleep;
    }

    [LoggerMessage(LogLevel.Error, "Applying scheduled publications failed; retrying in {Seconds} s")]
    private partial void LogFailed(Exception exception, double seconds);
}
