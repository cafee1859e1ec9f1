using Npgsql;

namespace Cms.Web.Data.Postgres;

/// <summary>
/// The scheduler's lease on PostgreSQL: a session advisory lock on a connection this node keeps open (unpooled, see
/// <see cref="PostgresSessions"/>). The database frees it the moment that session ends (the node stops, crashes or is
/// killed; a vanished machine within about half a minute), and the next node that asks gets it. Each call checks that
/// the session still answers: a lost connection loses the lease, and it is asked for again.
/// </summary>
internal sealed partial class PostgresSchedulerLease(IConfiguration configuration, ILogger<PostgresSchedulerLease> logger) : ISchedulerLease, IAsyncDisposable
{
    /// <summary>Any fixed number that no other lock of the site uses ("cms-sched").</summary>
    private const long LeaseKey = 0x636d_732d_7363_6864;

    private readonly SemaphoreSlim gate = new(1, 1);
    private NpgsqlConnection? connection;

    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connection is { } held)
            {
                if (await PostgresSessions.AliveAsync(held, cancellationToken))
                {
                    return true;
                }

                LogLost();
                await DropAsync();
            }

            var candidate = await PostgresSessions.OpenAsync(configuration, "scheduler lease", cancellationToken);
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", candidate);
                command.Parameters.AddWithValue("key", LeaseKey);
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    connection = candidate;
                    LogAcquired();
                    return true;
                }
            }
            catch
            {
                await candidate.DisposeAsync();
                throw;
            }

            await candidate.DisposeAsync();
            return false;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync();
        try
        {
            await DropAsync();
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task DropAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync(); // unpooled: the session ends and the lock with it
            connection = null;
        }
    }

    [LoggerMessage(LogLevel.Information, "This node runs the publishing scheduler (it holds the scheduler lease)")]
    private partial void LogAcquired();

    [LoggerMessage(LogLevel.Warning, "The scheduler lease's connection was lost; this node asks for the lease again")]
    private partial void LogLost();
}
