using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Web.Content;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Search;

/// <summary>
/// Keeps this process's Lucene index (<c>Cms:DataDirectory/index/</c>) in step with the database by following the
/// change log: each new row names a story, which is re-read and replaces the story's documents. The applied position
/// is kept in the index's own commits, so after a crash the index resumes exactly where its last commit stands. A
/// missing, unreadable or outdated index (other analysers, or a position the log no longer reaches) is rebuilt into a
/// new generation while the old one, if any, keeps answering; the swap is atomic.
/// </summary>
internal sealed partial class SearchIndexer(
    IServiceScopeFactory scopes,
    SearchIndexHost host,
    Analyzers analyzers,
    SearchDocuments documents,
    CmsPaths paths,
    IOptions<SearchIndexOptions> options,
    TermCatalogCache termCache,
    ChangeSignal changes,
    ILogger<SearchIndexer> logger) : IHostedService, IDisposable
{
    private const int LogBatch = 1000;

    // Waits, polls and commits run on the machine's clock whatever clock the site's content follows.
    private readonly TimeProvider time = TimeProvider.System;

    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly Lock waitersLock = new();
    private readonly List<(long Sequence, TaskCompletionSource Done)> waiters = [];
    private readonly TaskCompletionSource complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? stopping;
    private IDisposable? woken;
    private Task? loop;
    private Lazy<Task>? stopped;
    private IndexStore? store;
    private SearchIndex? current;
    private LogCursor? cursor;
    private IndexRebuild? rebuild;
    private volatile bool rebuildRequested;
    private long searchable = -1;
    private long lastCommitTicks;
    private string? problem;

    /// <summary>Analysers and field layout together: an index made by others is rebuilt.</summary>
    public string Version => analyzers.Version + ";" + SearchIndex.LayoutVersion;

    public string Directory => Path.Combine(paths.DataDirectory, "index");

    /// <summary>Searches in this process see the change log up to here.</summary>
    public long Searchable => Interlocked.Read(ref searchable);

    /// <summary>Says that the log has a new row, so that it is read now rather than at the next poll.</summary>
    public void Notify()
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

    /// <summary>Rebuilds the index from the database while the current one keeps answering (an admin's action).</summary>
    public void RequestRebuild()
    {
        rebuildRequested = true;
        Notify();
    }

    /// <summary>
    /// Waits until searches in this process see the change log up to <paramref name="sequence"/>: true when they do,
    /// false when the wait ran out first (the change is safe in the database and will be indexed shortly). True at once
    /// where no indexer runs (command-line verbs).
    /// </summary>
    public Task<bool> WaitForAsync(long sequence, CancellationToken cancellationToken = default) =>
        WaitForAsync(sequence, TimeSpan.FromMilliseconds(options.Value.PublishWaitMilliseconds), cancellationToken);

    public async Task<SearchIndexStatus> StatusAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var logSequence = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var live = await db.Translations.CountAsync(t => t.IsLive, cancellationToken);
        var index = current;
        var building = rebuild;
        return new SearchIndexStatus(
            loop is not null, index?.Path, index?.DocumentCount() ?? 0, Math.Max(0, Interlocked.Read(ref searchable)), logSequence, live,
            building is not null || rebuildRequested, building?.Reason ?? (rebuildRequested ? "requested by an admin" : null), building?.Stories ?? 0, host.MayBeIncomplete, problem);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        stopping = new CancellationTokenSource();
        long target;
        await using (var scope = scopes.CreateAsyncScope())
        {
            target = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ChangeLog
                .MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        }

        loop = Task.Run(() => RunAsync(stopping.Token), CancellationToken.None);
        woken = changes.Subscribe(Notify);
        var patience = TimeSpan.FromSeconds(options.Value.StartupWaitSeconds);
        var started = time.GetTimestamp();
        var caughtUp = await WaitForAsync(target, patience, cancellationToken);
        if (caughtUp)
        {
            // Caught up with the log is not enough while a rebuild runs: the old index may lack what the log no longer names.
            var left = patience - time.GetElapsedTime(started);
            caughtUp = left > TimeSpan.Zero
                && await complete.Task.WaitAsync(left, time, cancellationToken).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        }

        if (!caughtUp)
        {
            LogStartingBehind(options.Value.StartupWaitSeconds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The host and the application's own run loop may both stop it, at once: both wait for the one stop.
        var mine = new Lazy<Task>(() => StopOnceAsync(cancellationToken));
        return (Interlocked.CompareExchange(ref stopped, mine, null) ?? mine).Value;
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        if (loop is not { } running)
        {
            return;
        }

        woken?.Dispose();
        await stopping!.CancelAsync();
        await running.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        loop = null;
        current?.Commit();
        Close();
    }

    /// <summary>
    /// Rebuilds the index from the database in this process (the command line's <c>reindex</c>), only when no other
    /// process holds it: <see cref="IndexLockedException"/> otherwise. Returns the number of live translations indexed.
    /// </summary>
    public Task<int> RebuildAloneAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken) =>
        RunAloneAsync(rebuildAll: true, progress, cancellationToken);

    /// <summary>Brings the index up to date with the change log in this process (building it if it is missing), only
    /// when no other process holds it: <see cref="IndexLockedException"/> otherwise.</summary>
    public Task<int> CatchUpAloneAsync(CancellationToken cancellationToken) =>
        RunAloneAsync(rebuildAll: false, null, cancellationToken);

    private async Task<int> RunAloneAsync(bool rebuildAll, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        store = IndexStore.Acquire(Directory);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var total = await db.Stories.CountAsync(s => s.DeletedUtc == null, cancellationToken);
            await OpenAsync(db, cancellationToken);
            if (rebuildAll && rebuild is null)
            {
                await StartRebuildAsync(db, "reindex from the command line", cancellationToken);
            }

            while (rebuild is { } building)
            {
                await FillAsync(db, building, cancellationToken);
                progress?.Report((building.Stories, total));
            }

            while (await FollowAsync(db, current!, cursor!, cancellationToken))
            {
            }

            current!.Refresh();
            current.Commit();
            return current.DocumentCount();
        }
        finally
        {
            Close();
        }
    }

    private void Close()
    {
        host.Replace(null);
        current = null;
        rebuild?.Index.Dispose();
        rebuild = null;
        store?.Dispose();
        store = null;
    }

    public void Dispose()
    {
        woken?.Dispose();
        stopping?.Dispose();
        wake.Dispose();
    }

    private async Task<bool> WaitForAsync(long sequence, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (loop is null)
        {
            return true;
        }

        TaskCompletionSource done;
        lock (waitersLock)
        {
            if (sequence <= Interlocked.Read(ref searchable))
            {
                return true;
            }

            done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((sequence, done));
        }

        Notify();
        try
        {
            await done.Task.WaitAsync(timeout, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private void Publish(long sequence)
    {
        lock (waitersLock)
        {
            if (sequence > Interlocked.Read(ref searchable))
            {
                Interlocked.Exchange(ref searchable, sequence);
            }

            var now = Interlocked.Read(ref searchable);
            foreach (var waiter in waiters.Where(w => w.Sequence <= now).ToList())
            {
                waiter.Done.TrySetResult();
                waiters.Remove(waiter);
            }
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromMilliseconds(Math.Min(options.Value.PollMilliseconds, options.Value.CommitMilliseconds));
        var pollWhileListening = TimeSpan.FromMilliseconds(Math.Max(options.Value.PollWhileListeningMilliseconds, options.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var progressed = await StepAsync(stoppingToken);
                CommitWhenDue();
                if (!progressed)
                {
                    // Other nodes' changes wake the loop while it listens; a pending commit or a rebuild keeps the short beat.
                    var idle = changes.Listening && rebuild is null && current is not { HasUncommittedChanges: true };
                    await wake.WaitAsync(idle ? pollWhileListening : poll, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (IndexLockedException e)
            {
                problem = e.Message;
                LogLocked(e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            catch (Exception e)
            {
                problem = e.GetType().Name + ": " + e.Message;
                LogStepFailed(e);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<bool> StepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        if (store is null)
        {
            store = IndexStore.Acquire(Directory);
            problem = null;
        }

        if (current is null && rebuild is null)
        {
            await OpenAsync(db, cancellationToken);
        }

        if (rebuildRequested && rebuild is null)
        {
            await StartRebuildAsync(db, "requested by an admin", cancellationToken);
            rebuildRequested = false;
        }

        var progressed = false;
        if (current is { } index && cursor is { } following)
        {
            progressed = await FollowAsync(db, index, following, cancellationToken);
            if (progressed)
            {
                index.Refresh();
            }

            Publish(following.Highest);
        }

        if (rebuild is { } building)
        {
            await FillAsync(db, building, cancellationToken);
            progressed = true;
        }

        return progressed;
    }

    /// <summary>Opens the current generation, or starts a rebuild when there is none or it cannot serve.</summary>
    private async Task OpenAsync(CmsDbContext db, CancellationToken cancellationToken)
    {
        var existing = store!.OpenCurrent(out var reason);
        if (existing is null)
        {
            SetIncomplete(true);
            await StartRebuildAsync(db, reason!, cancellationToken);
            return;
        }

        long? oldest;
        try
        {
            oldest = await db.ChangeLog.MinAsync(e => (long?)e.Sequence, cancellationToken);
        }
        catch
        {
            existing.Dispose();
            throw;
        }

        // Rows the index has not seen and the log no longer holds: the index cannot catch up by following.
        var beyondReach = oldest is { } first && existing.CommittedSequence < first - 1;
        cursor = new LogCursor(beyondReach ? oldest!.Value - 1 : existing.CommittedSequence, GapPatience);
        current = existing;
        host.Replace(existing);
        SetIncomplete(beyondReach);
        if (beyondReach)
        {
            await StartRebuildAsync(db, "the index is older than the change log's retention", cancellationToken);
        }
        else if (!string.Equals(existing.Version, Version, StringComparison.Ordinal))
        {
            await StartRebuildAsync(db, "the analysers changed", cancellationToken);
        }
    }

    private void SetIncomplete(bool incomplete)
    {
        host.MayBeIncomplete = incomplete;
        if (!incomplete)
        {
            complete.TrySetResult();
        }
    }

    private async Task StartRebuildAsync(CmsDbContext db, string reason, CancellationToken cancellationToken)
    {
        var start = await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        rebuild = new IndexRebuild(store!.CreateGeneration(Version, time), start, reason);
        LogRebuilding(reason);
    }

    /// <summary>Applies the log rows after the cursor: each names a story, re-read as it is now.</summary>
    private async Task<bool> FollowAsync(CmsDbContext db, SearchIndex index, LogCursor following, CancellationToken cancellationToken)
    {
        var after = following.ReadAfter;
        var rows = await db.ChangeLog.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
            .Take(LogBatch).Select(e => new { e.Sequence, e.StoryKey }).ToListAsync(cancellationToken);
        var fresh = rows.Where(r => following.IsNew(r.Sequence)).ToList();
        if (fresh.Count > 0)
        {
            var updates = await UpdatesAsync(db, [.. fresh.Select(r => r.StoryKey).Distinct(StringComparer.Ordinal)], cancellationToken);
            index.Apply(updates, following.Safe); // the cursor moves only once the rows are in: a failure reads them again
            following.Applied(rows.Select(r => r.Sequence), time.GetUtcNow().UtcDateTime);
            index.Advance(following.Safe);
            return true;
        }

        following.Applied([], time.GetUtcNow().UtcDateTime);
        index.Advance(following.Safe);
        return false;
    }

    /// <summary>Indexes the next batch of stories into the new generation; when all are in, catches it up with the
    /// log and swaps it in.</summary>
    private async Task FillAsync(CmsDbContext db, IndexRebuild building, CancellationToken cancellationToken)
    {
        if (!building.IsFilled)
        {
            var last = building.LastStoryId;
            var stories = await db.Stories.AsNoTracking().Include(s => s.Translations)
                .Where(s => s.Id > last && s.DeletedUtc == null).OrderBy(s => s.Id)
                .Take(options.Value.RebuildBatchStories).AsSplitQuery().ToListAsync(cancellationToken);
            var terms = await termCache.GetAsync(db, cancellationToken);
            if (stories.Count > 0)
            {
                try
                {
                    building.Loader.Add(stories, (story, memo) => Prepare(story, terms, memo), cancellationToken);
                }
                catch
                {
                    // Part of the batch may be in: adding it again would duplicate it. Start the rebuild over.
                    building.Index.Dispose();
                    rebuild = null;
                    rebuildRequested = current is not null;
                    throw;
                }

                building.LastStoryId = stories[^1].Id;
                building.Stories += stories.Count;
                return;
            }

            building.IsFilled = true;
        }

        var following = new LogCursor(building.StartSequence, GapPatience);
        building.Index.Advance(building.StartSequence);
        while (await FollowAsync(db, building.Index, following, cancellationToken))
        {
        }

        building.Index.Refresh();
        store!.Promote(building.Index);
        current = building.Index;
        host.Replace(building.Index);
        cursor = following;
        rebuild = null;
        SetIncomplete(false);
        Interlocked.Exchange(ref lastCommitTicks, time.GetTimestamp());
        Publish(following.Highest);
        LogRebuilt(building.Stories, building.Index.DocumentCount(), building.Reason);
    }

    private async Task<List<StoryUpdate>> UpdatesAsync(CmsDbContext db, List<string> keys, CancellationToken cancellationToken)
    {
        var stories = await db.Stories.AsNoTracking().Include(s => s.Translations)
            .Where(s => keys.Contains(s.Key)).AsSplitQuery().ToListAsync(cancellationToken);
        var byKey = stories.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var terms = await termCache.GetAsync(db, cancellationToken);
        return
        [
            .. keys.Select(key => new StoryUpdate(key, byKey.TryGetValue(key, out var story) && !story.IsInTrash ? Prepare(story, terms) : [])),
        ];
    }

    private List<PreparedDocument> Prepare(Story story, TermCatalog terms, AnalysisMemo? memo = null) =>
    [
        .. story.Translations.Where(t => t.IsLive).OrderBy(t => t.Id)
            .Select(t => PreparedDocument.From(documents.From(story, t, terms), analyzers, memo)),
    ];

    private void CommitWhenDue()
    {
        if (time.GetElapsedTime(Interlocked.Read(ref lastCommitTicks)) < TimeSpan.FromMilliseconds(options.Value.CommitMilliseconds))
        {
            return;
        }

        current?.Commit();
        Interlocked.Exchange(ref lastCommitTicks, time.GetTimestamp());
    }

    private TimeSpan GapPatience => TimeSpan.FromSeconds(options.Value.GapPatienceSeconds);

    [LoggerMessage(LogLevel.Warning, "The search index did not catch up within {Seconds} s of starting; the site serves anyway and search follows shortly")]
    private partial void LogStartingBehind(int seconds);

    [LoggerMessage(LogLevel.Warning, "{Message} Retrying.")]
    private partial void LogLocked(string message);

    [LoggerMessage(LogLevel.Error, "Updating the search index failed; retrying")]
    private partial void LogStepFailed(Exception exception);

    [LoggerMessage(LogLevel.Information, "Rebuilding the search index: {Reason}")]
    private partial void LogRebuilding(string reason);

    [LoggerMessage(LogLevel.Information, "Rebuilt the search index ({Stories} stories, {Documents} live translations); it replaced the old one ({Reason})")]
    private partial void LogRebuilt(int stories, int documents, string reason);
}
