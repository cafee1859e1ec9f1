using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cms.Web.Caching;

/// <summary>
/// The output cache's in-memory store, with tags, and one rule the stock store lacks: a response rendered while an
/// eviction happened is not stored (it may show what the eviction was for). Each request starts with the store's
/// generation in a reserved tag (<see cref="StartedTag"/>); every eviction moves the generation on, and storing checks
/// it under the same lock, so no stale response can slip in after the eviction that should have removed it.
/// </summary>
internal sealed class PageCacheStore : IOutputCacheStore, IDisposable
{
    private const string StartedPrefix = "~started:";

    private readonly MemoryCache entries;
    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<string>> keysByTag = new(StringComparer.Ordinal);
    private readonly TimeProvider time = TimeProvider.System;
    private long generation;
    private long lastEvictionTicks;

    public PageCacheStore(IOptions<PageCacheOptions> options)
    {
        entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.SizeMegabytes * 1024L * 1024L });
    }

    /// <summary>Moves on at every eviction.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>When the last eviction happened (machine clock).</summary>
    public DateTimeOffset LastEviction => new(Interlocked.Read(ref lastEvictionTicks), TimeSpan.Zero);

    public static string StartedTag(long generation) => StartedPrefix + generation.ToString(CultureInfo.InvariantCulture);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(entries.TryGetValue(key, out Entry? entry) ? entry!.Body : null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var started = (long?)null;
        var own = new List<string>(tags?.Length ?? 0);
        foreach (var tag in tags ?? [])
        {
            if (tag.StartsWith(StartedPrefix, StringComparison.Ordinal))
            {
                started = long.Parse(tag.AsSpan(StartedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else
            {
                own.Add(tag);
            }
        }

        var entry = new Entry(value, [.. own]);
        lock (gate)
        {
            if (started is not { } at || at != generation)
            {
                return ValueTask.CompletedTask; // something was evicted while it was rendered (or it is not ours to keep)
            }

            foreach (var tag in entry.Tags)
            {
                if (!keysByTag.TryGetValue(tag, out var keys))
                {
                    keysByTag[tag] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(key);
            }

            var options = new MemoryCacheEntryOptions { Size = value.Length, AbsoluteExpirationRelativeToNow = validFor };
            options.RegisterPostEvictionCallback(Forget, key);
            entries.Set(key, entry, options);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        Evict([tag]);
        return ValueTask.CompletedTask;
    }

    /// <summary>Removes every response carrying any of the tags; returns how many.</summary>
    public int Evict(IEnumerable<string> tags)
    {
        var removed = 0;
        lock (gate)
        {
            generation++;
            Interlocked.Exchange(ref lastEvictionTicks, time.GetUtcNow().UtcTicks);
            foreach (var tag in tags)
            {
                if (keysByTag.Remove(tag, out var keys))
                {
                    foreach (var key in keys)
                    {
                        if (entries.TryGetValue(key, out _))
                        {
                            entries.Remove(key);
                            removed++;
                        }
                    }
                }
            }
        }

        return removed;
    }

    /// <summary>Everything goes (the follower could not tell what changed).</summary>
    public void Clear()
    {
        lock (gate)
        {
            generation++;
            Interlocked.Exchange(ref lastEvictionTicks, time.GetUtcNow().UtcTicks);
            keysByTag.Clear();
            entries.Clear();
        }
    }

    public void Dispose() => entries.Dispose();

    /// <summary>Drops a removed entry's key from its tags, except the tags of a newer entry under the same key
    /// (eviction callbacks run later, on the thread pool).</summary>
    private void Forget(object key, object? value, EvictionReason reason, object? state)
    {
        if (value is not Entry old || state is not string name)
        {
            return;
        }

        lock (gate)
        {
            var current = entries.TryGetValue(name, out Entry? now) ? now : null;
            foreach (var tag in old.Tags)
            {
                if (current is not null && current.Tags.Contains(tag, StringComparer.Ordinal))
                {
                    continue;
                }

                if (keysByTag.TryGetValue(tag, out var keys) && keys.Remove(name) && keys.Count == 0)
                {
                    keysByTag.Remove(tag);
                }
            }
        }
    }

    private sealed record Entry(byte[] Body, string[] Tags);
}
