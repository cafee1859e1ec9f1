namespace Cms.Web.Newsroom;

/// <summary>
/// Publishes and unpublishes translations at their set times, also after a restart (the times are in the
/// database). Sleeps until the next due time, at most a minute, or until a schedule changes.
/// </summary>
internal sealed partial class PublishingScheduler(IServiceScopeFactory scopes, PublishingSignal signal, TimeProvider time, ILogger<PublishingScheduler> logger)
    : BackgroundService
{
    /// <summary>The name the scheduler's changes are recorded under.</summary>
    public const string Actor = "scheduler";

    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = MaxSleep;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<NewsroomService>().RunDueAsync(stoppingToken);
                scope.ServiceProvider.GetRequiredService<Telemetry.CmsMetrics>().SchedulerRan(run);
                if (run.Next is { } due)
                {
                    var wait = due - time.GetUtcNow().UtcDateTime;
                    sleep = wait < TimeSpan.Zero ? TimeSpan.Zero : wait < MaxSleep ? wait + TimeSpan.FromMilliseconds(50) : MaxSleep;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
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

    [LoggerMessage(LogLevel.Error, "Applying scheduled publications failed; retrying in a minute")]
    private partial void LogFailed(Exception exception);
}
