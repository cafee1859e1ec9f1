using System.Data.Common;
using Cms.Search.Index;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cms.Web.Data;

/// <summary>Applies the search index's connection settings (<see cref="SearchIndex.ConnectionPragmas"/>) to every
/// connection EF opens.</summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SearchIndex.ConnectionPragmas;
        command.ExecuteNonQuery();
    }
}
