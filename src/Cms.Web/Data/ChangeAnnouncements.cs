using Cms.Web.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data;

/// <summary>
/// Tells the other nodes that the current transaction changed content, once it commits: on PostgreSQL a notification
/// their listeners receive (<see cref="PostgresChangeListener"/>); on SQLite nothing (one machine; followers poll).
/// </summary>
internal static class ChangeAnnouncements
{
    public static Task AnnounceChangeAsync(this CmsDbContext db, CancellationToken cancellationToken = default) =>
        db.Database.IsNpgsql() ? PostgresChangeListener.NotifyAsync(db, cancellationToken) : Task.CompletedTask;
}
