namespace Cms.Search.Index;

/// <summary>Another process holds the index directory's writer lock (a running site, or a rebuild).</summary>
public sealed class IndexLockedException(string directory, Exception inner)
    : IOException($"The search index in '{directory}' is in use by another process (a running site holds it).", inner);
