using Npgsql;

namespace Cms.Web.Data.Postgres;

/// <summary>
/// The scheduler's lease on PostgreSQL: a session advisory lock on a connection this node keeps open. The database
/// frees it the moment that connection ends (the node stops, crashes or is killed), and the next node that asks gets
/// it. A lost connection loses the lease; it is asked for again on the next call.
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
            if (connection is { State: System.Data.ConnectionState.Open } held && await AliveAsync(held, cancellationToken))
            {
                return true;
            }

            await DropAsync();
            var candidate = new NpgsqlConnection(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
            await candidate.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", candidate);
            command.Parameters.AddWithValue("key", LeaseKey);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                connection = candidate;
                LogAcquired();
                return true;
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
        await DropAsync();
        gate.Dispose();
    }

    private static async Task<bool> AliveAsync(NpgsqlConnection held, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", held);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private async Task DropAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    [LoggerMessage(LogLevel.Information, "This node runs the publishing scheduler (it holds the scheduler lease)")]
    private partial void LogAcquired();
}
