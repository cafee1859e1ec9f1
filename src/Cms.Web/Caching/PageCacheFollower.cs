using Cms.Search.Index;
using Cms.Web.Content;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Search;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Caching;

/// <summary>
/// Evicts cached pages by following the change log, as the search index does, so every node evicts what any node
/// changed. Each new row names a story: its article (all translations), the lists of its languages, the pages of its
/// terms, the events lists and every search go. The tags a story had when it was last seen are evicted too (a removed
/// term's page). A changed term catalog (labels, aliases, new terms; also from other processes) evicts the term's pages,
/// the stories naming it and the terms API. A request that changed content wakes the follower and waits for its pass,
/// so the next request sees the change; other nodes' changes wake it through the <see cref="ChangeSignal"/> (PostgreSQL),
/// and the log is also read every <c>SearchIndex:PollMilliseconds</c> (<c>PollWhileListeningMilliseconds</c> while
/// listening).
/// When a pass fails the whole cache is dropped: a cold cache is slower, a stale one is wrong.
/// </summary>
internal sealed partial class PageCacheFollower(
    IServiceScopeFactory scopes,
    PageCacheStore store,
    SearchIndexer indexer,
    SearchIndexHost searchHost,
    TermCatalogCache termCache,
    ChangeSignal changes,
    IOptions<SearchIndexOptions> searchOptions,
    IOptions<PageCacheOptions> options,
    ILogger<PageCacheFollower> logger) : IHostedService, IDisposable
{
    private const int LogBatch = 1000;

    private readonly TimeProvider time = TimeProvider.System;
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Lock passes = new();
    private readonly List<(long Pass, TaskCompletionSource Done)> waiters = [];

    // Touched by the loop only.
    private readonly Dictionary<int, string[]> lastSeen = [];
    private LogCursor? cursor;
    private TermCatalog? catalog;

    private long started;
    private long applied;
    private IDisposable? woken;
    private CancellationTokenSource? stopping;
    private Task? loop;
    private Lazy<Task>? stopped;

    /// <summary>Whether this process's search index shows every change the cache has evicted for, so a search
    /// answered now may be kept.</summary>
    public bool SearchIsCurrent => loop is not null && !searchHost.MayBeIncomplete && indexer.Searchable >= Interlocked.Read(ref applied);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            // The cache starts empty: only what changes from now on can make a cached page stale.
            var last = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
            cursor = new LogCursor(last, TimeSpan.FromSeconds(searchOptions.Value.GapPatienceSeconds));
            Interlocked.Exchange(ref applied, last);
            catalog = await termCache.GetAsync(db, cancellationToken);
        }

        stopping = new CancellationTokenSource();
        loop = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
        woken = changes.Subscribe(() =>
        {
            termCache.Recheck(); // another node may have changed terms without a log row (a new term)
            Notify();
        });
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The host and the application's own run loop may both stop it, at once: both wait for the one stop.
        var mine = new Lazy<Task>(() => StopOnceAsync(cancellationToken));
        return (Interlocked.CompareExchange(ref stopped, mine, null) ?? mine).Value;
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref loop, null) is not { } running)
        {
            return;
        }

        woken?.Dispose();
        await stopping!.CancelAsync();
        await running.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose()
    {
        woken?.Dispose();
        stopping?.Dispose();
        wake.Dispose();
    }

    /// <summary>Wakes the follower and waits (bounded) until a pass that started after this call is done: after a
    /// commit, that pass has evicted what the commit changed. False when the wait ran out.</summary>
    public async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        if (loop is null)
        {
            return true;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (passes)
        {
            waiters.Add((started + 1, done));
        }

        Notify();
        try
        {
            await done.Task.WaitAsync(TimeSpan.FromMilliseconds(options.Value.EvictWaitMilliseconds), time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            LogWaitRanOut(options.Value.EvictWaitMilliseconds);
            return false;
        }
    }

    private void Notify()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already woken
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(searchOptions.Value.PollMilliseconds);
        var pollWhileListening = TimeSpan.FromMilliseconds(Math.Max(searchOptions.Value.PollWhileListeningMilliseconds, searchOptions.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            long pass;
            lock (passes)
            {
                pass = ++started;
            }

            var more = false;
            try
            {
                more = await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                store.Clear();
                LogPassFailed(e);
            }

            lock (passes)
            {
                foreach (var waiter in waiters.Where(w => w.Pass <= pass).ToList())
                {
                    waiter.Done.TrySetResult();
                    waiters.Remove(waiter);
                }
            }

            if (!more)
            {
                try
                {
                    await wake.WaitAsync(changes.Listening ? pollWhileListening : poll, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    /// <summary>One read of the log and of the term catalog; true when more rows wait.</summary>
    private async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var following = cursor!;
        var after = following.ReadAfter;
        var rows = await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(LogBatch)
            .Select(e => new { e.Sequence, e.StoryId, e.Translations }).ToListAsync(cancellationToken);
        var fresh = rows.Where(r => following.IsNew(r.Sequence)).ToList();
        if (fresh.Count > 0)
        {
            var ids = fresh.Select(r => r.StoryId).Distinct().ToList();
            var stories = await db.Stories.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
            var tags = new HashSet<string>(StringComparer.Ordinal) { CacheTags.SearchTag };
            foreach (var id in ids)
            {
                var languages = fresh.Where(r => r.StoryId == id).SelectMany(r => LanguagesOf(r.Translations));
                var now = stories.TryGetValue(id, out var story) ? Footprint(story, languages) : [.. languages.Distinct(StringComparer.Ordinal).Select(CacheTags.ForList)];
                tags.Add(CacheTags.ForStory(id));
                tags.UnionWith(now);
                if (lastSeen.TryGetValue(id, out var before))
                {
                    tags.UnionWith(before);
                }

                lastSeen[id] = now;
            }

            var removed = store.Evict(tags);
            LogEvicted(fresh.Count, tags.Count, removed);
        }

        following.Applied(rows.Select(r => r.Sequence), time.GetUtcNow().UtcDateTime);
        Interlocked.Exchange(ref applied, following.Highest);

        var latest = await termCache.GetAsync(db, cancellationToken);
        if (!ReferenceEquals(latest, catalog))
        {
            await TermsChangedAsync(db, catalog, latest, cancellationToken);
            catalog = latest;
        }

        return rows.Count == LogBatch;
    }

    /// <summary>Evicts the pages of every term whose names changed (or that came or went), the stories that name it,
    /// searches (facet labels) and the terms API.</summary>
    private async Task TermsChangedAsync(CmsDbContext db, TermCatalog? before, TermCatalog after, CancellationToken cancellationToken)
    {
        var old = (before?.All ?? []).ToDictionary(t => (t.Vocabulary, t.Key), Signature);
        var changed = after.All.Where(t => !old.Remove((t.Vocabulary, t.Key), out var was) || !string.Equals(was, Signature(t), StringComparison.Ordinal))
            .Select(t => (t.Vocabulary, t.Key)).Concat(old.Keys).ToList();
        var tags = new HashSet<string>(StringComparer.Ordinal) { CacheTags.TermsTag, CacheTags.SearchTag };
        foreach (var (vocabulary, key) in changed)
        {
            tags.Add(CacheTags.ForTerm(vocabulary, key));
            var referring = await StoryTerms.Referring(db.Stories.AsNoTracking(), vocabulary, key).Select(s => s.Id).ToListAsync(cancellationToken);
            tags.UnionWith(referring.Select(CacheTags.ForStory));
        }

        store.Evict(tags);
    }

    private static string Signature(TermEntry term) =>
        string.Join('\u001f', [term.CommonName ?? "", .. term.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key + "=" + l.Value), "|", .. term.Aliases, "|", term.TimeZone ?? ""]);

    /// <summary>What a change to the story may alter besides its own pages: its languages' lists, its terms' pages
    /// and, for an event, the events lists.</summary>
    private static string[] Footprint(Story story, IEnumerable<string> languages)
    {
        var tags = new HashSet<string>(languages.Select(CacheTags.ForList), StringComparer.Ordinal);
        foreach (var (vocabulary, key) in StoryTerms.Of(story))
        {
            tags.Add(CacheTags.ForTerm(vocabulary, key));
        }

        if (story.EventStart is not null)
        {
            tags.Add(CacheTags.EventsTag);
        }

        return [.. tags];
    }

    /// <summary>The languages of a change-log row's <c>id:language</c> pairs.</summary>
    private static IEnumerable<string> LanguagesOf(string translations) =>
        translations.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair[(pair.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    [LoggerMessage(LogLevel.Debug, "Page cache: {Rows} change-log rows evicted {Tags} tags ({Removed} responses)")]
    private partial void LogEvicted(int rows, int tags, int removed);

    [LoggerMessage(LogLevel.Warning, "Evicting cached pages took longer than {Milliseconds} ms; the request answers anyway")]
    private partial void LogWaitRanOut(int milliseconds);

    [LoggerMessage(LogLevel.Error, "Following the change log for the page cache failed; the cache was emptied and the log is read again")]
    private partial void LogPassFailed(Exception exception);
}
