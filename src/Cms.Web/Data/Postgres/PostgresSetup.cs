using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Cms.Web.Data.Postgres;

/// <summary>
/// PostgreSQL: nodes take turns through a session advisory lock on a connection of its own, held while one node
/// migrates and seeds; the database drops it when that node's connection dies, so a killed node never blocks the rest.
/// </summary>
internal sealed class PostgresSetup(IConfiguration configuration) : IDatabaseSetup
{
    /// <summary>Any fixed number that no other lock of the site uses ("cms-start").</summary>
    private const long StartLockKey = 0x636d_732d_7374;

    private static readonly TimeSpan MigrationPatience = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    public async Task<IAsyncDisposable> LockAsync(Action waiting, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName));
        try
        {
            await connection.OpenAsync(cancellationToken);
            var deadline = DateTime.UtcNow + MigrationPatience;
            var logged = false;
            while (!await TryLockAsync(connection, cancellationToken))
            {
                if (DateTime.UtcNow >= deadline)
                {
                    throw new InvalidOperationException(
                        $"Another node has been migrating the database for {MigrationPatience.TotalSeconds:0} s (it holds advisory lock {StartLockKey}); stop it or wait, then start again.");
                }

                if (!logged)
                {
                    waiting();
                    logged = true;
                }

                await Task.Delay(Poll, cancellationToken);
            }

            return connection; // closing the connection releases the session lock
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Makes the history table first (<c>CREATE TABLE IF NOT EXISTS</c>): Npgsql reads the applied migrations
    /// by trying the table, which on a new database logs a failed command at every start-up step that asks.</summary>
    public Task BeforeMigrateAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);

    public Task AfterMigrateAsync(CmsDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", StartLockKey);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
