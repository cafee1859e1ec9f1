using Npgsql;

namespace Cms.Web.Data.Postgres;

/// <summary>
/// Connections a node keeps for itself (the scheduler's lease, the change listener, the start lock): never pooled, so
/// closing one ends its session and frees its session locks at once (a pooled connection would keep them until the pool
/// reused it). The server is asked to notice a dead client within about half a minute (TCP keepalives, a user timeout)
/// rather than the operating system's two hours, so the locks of a node that vanished without closing its socket go too.
/// </summary>
internal static class PostgresSessions
{
    private const string ServerKeepalives =
        "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3; SET tcp_user_timeout = 30000";

    public static async Task<NpgsqlConnection> OpenAsync(IConfiguration configuration, string purpose, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
        // The node's own name (a configured Application Name) stays in front, so the server tells nodes' sessions apart.
        builder.ApplicationName = (string.IsNullOrEmpty(builder.ApplicationName) ? "cms" : builder.ApplicationName) + " " + purpose;
        builder.Pooling = false;
        builder.CommandTimeout = 10;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ServerKeepalives, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Whether the session still answers; false when the connection broke (the server or the network went).</summary>
    public static async Task<bool> AliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return false;
        }

        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }
}
