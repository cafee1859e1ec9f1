using Cms.Web.Content;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Web.Data.Postgres;

/// <summary>
/// Each node's one LISTEN on <see cref="Channel"/>: every transaction that appends to the change log notifies it (the
/// database delivers the notification at commit, once per transaction), and the listener raises the node's
/// <see cref="ChangeSignal"/>, so other nodes' changes are followed within milliseconds instead of at the next poll.
/// When its connection drops it reconnects with growing pauses (1 s doubling to 30 s) and raises the signal once
/// connected again, since notifications sent meanwhile are lost; the followers poll all along.
/// </summary>
internal sealed partial class PostgresChangeListener(IConfiguration configuration, ChangeSignal signal, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    public const string Channel = "cms_changes";

    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    /// <summary>How long the listener waits for a notification before checking that its session still answers.</summary>
    private static readonly TimeSpan Ping = TimeSpan.FromSeconds(30);

    /// <summary>Announces a change in the current transaction; delivered to every listener when it commits (PostgreSQL
    /// folds the identical notifications of one transaction into one).</summary>
    public static Task NotifyAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, '')", cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = FirstPause;
        var lost = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await PostgresSessions.OpenAsync(configuration, "change listener", stoppingToken);
                connection.Notification += (_, _) => signal.Raise();
                await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Listening = true;
                signal.Raise(); // whatever was announced while nobody listened
                if (lost)
                {
                    LogReconnected();
                }

                lost = false;
                pause = FirstPause;
                while (true)
                {
                    if (!await connection.WaitAsync((int)Ping.TotalMilliseconds, stoppingToken) && !await PostgresSessions.AliveAsync(connection, stoppingToken))
                    {
                        throw new NpgsqlException("The listening session stopped answering.");
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                signal.Listening = false;
                LogLost(ex, pause.TotalSeconds);
                lost = true;
            }

            try
            {
                await Task.Delay(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }

        signal.Listening = false;
    }

    [LoggerMessage(LogLevel.Warning, "Listening for other nodes' changes failed; polling the change log meanwhile, trying again in {Seconds} s")]
    private partial void LogLost(Exception exception, double seconds);

    [LoggerMessage(LogLevel.Information, "Listening for other nodes' changes again")]
    private partial void LogReconnected();
}
