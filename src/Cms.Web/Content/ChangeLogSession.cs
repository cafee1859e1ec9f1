namespace Cms.Web.Content;

/// <summary>The change-log rows this scope (one request, one command) wrote: after its transaction commits, the
/// request can wait for the search index to show them.</summary>
internal sealed class ChangeLogSession
{
    public long? LastSequence { get; private set; }

    public void Wrote(long sequence) => LastSequence = Math.Max(LastSequence ?? 0, sequence);

    /// <summary>The rows of a rolled-back transaction were never written.</summary>
    public void Forget() => LastSequence = null;

    public long? Take()
    {
        var last = LastSequence;
        LastSequence = null;
        return last;
    }
}
