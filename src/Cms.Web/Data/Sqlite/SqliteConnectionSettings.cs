using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Web.Data.Sqlite;

/// <summary>Applies the site's SQLite connection settings to every connection EF opens.</summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    /// <summary>
    /// Lists and pages read rows scattered over the archive (stories, translations, the change log), and SQLite's
    /// default page cache (2 MB) would send most of those reads to the file system. 64 MB holds the rows of a large
    /// archive; SQLite takes the memory only as it is used.
    /// </summary>
    public const string ConnectionPragmas = "PRAGMA cache_size = -65536;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = ConnectionPragmas;
        command.ExecuteNonQuery();
    }
}
