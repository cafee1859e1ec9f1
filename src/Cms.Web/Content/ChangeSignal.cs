namespace Cms.Web.Content;

/// <summary>
/// Says "another process changed content": the followers of the change log (search index, page cache, scheduler)
/// subscribe and read the log at once instead of at their next poll. On PostgreSQL a listener raises it for every
/// committed change of any node (LISTEN/NOTIFY); on SQLite nothing raises it and the followers poll. A lost signal costs
/// only time: the followers still poll, more slowly while <see cref="Listening"/>.
/// </summary>
internal sealed class ChangeSignal
{
    private readonly Lock gate = new();
    private Subscription[] subscribers = [];
    private volatile bool listening;

    /// <summary>Whether a listener is connected now, so that every committed change raises the signal.</summary>
    public bool Listening
    {
        get => listening;
        set => listening = value;
    }

    public IDisposable Subscribe(Action wake)
    {
        var subscription = new Subscription(this, wake);
        lock (gate)
        {
            subscribers = [.. subscribers, subscription];
        }

        return subscription;
    }

    public void Raise()
    {
        foreach (var subscription in Volatile.Read(ref subscribers))
        {
            subscription.Wake();
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (gate)
        {
            subscribers = [.. subscribers.Where(s => !ReferenceEquals(s, subscription))];
        }
    }

    private sealed class Subscription(ChangeSignal signal, Action wake) : IDisposable
    {
        public void Wake() => wake();

        public void Dispose() => signal.Unsubscribe(this);
    }
}
