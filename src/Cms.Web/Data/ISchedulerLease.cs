namespace Cms.Web.Data;

/// <summary>Whether this node may run the publishing scheduler now: on several nodes exactly one does, and another
/// takes over when it dies.</summary>
internal interface ISchedulerLease
{
    Task<bool> HoldAsync(CancellationToken cancellationToken);
}
