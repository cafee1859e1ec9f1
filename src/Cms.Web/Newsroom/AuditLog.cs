using Cms.Web.Data;

namespace Cms.Web.Newsroom;

/// <summary>Adds audit entries to the current unit of work; they commit with the change they describe.</summary>
internal sealed class AuditLog(CmsDbContext db, TimeProvider time)
{
    public void Add(string actor, string action, string target = "", string details = "") =>
        db.Audit.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            Target = target,
            Details = details,
        });

    public async Task WriteAsync(string actor, string action, string target = "", string details = "", CancellationToken cancellationToken = default)
    {
        Add(actor, action, target, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
