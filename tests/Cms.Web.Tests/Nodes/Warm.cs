namespace Cms.Web.Tests.Nodes;

/// <summary>Completes once <c>count</c> workers have signalled that they are under way.</summary>
internal sealed class Warm(int count)
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int left = count;

    public Task Task => done.Task;

    public void Signal()
    {
        if (Interlocked.Decrement(ref left) == 0)
        {
            done.TrySetResult();
        }
    }
}
