using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace Cms.Search.Index;

/// <summary>
/// One Lucene index (one generation directory): a writer, near-real-time searchers, and the change-log sequence the
/// index reflects. The sequence is written into each Lucene commit's user data, so the committed index and the cursor
/// that says where to resume can never disagree. One thread applies changes; any thread may search.
/// </summary>
public sealed class SearchIndex : ISearchableIndex
{
    private const string SequenceKey = "cms.sequence";
    private const string VersionKey = "cms.version";

    private readonly Directory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly System.Threading.Lock commitLock = new();
    private readonly System.Collections.Concurrent.ConcurrentBag<DocumentLayout> layouts = [];
    private long applied;
    private long searchable;
    private volatile bool dirty;

    private SearchIndex(string path, Directory directory, IndexWriter writer, long sequence, string version)
    {
        Path = path;
        this.directory = directory;
        this.writer = writer;
        applied = searchable = CommittedSequence = sequence;
        Version = version;
        searchers = new SearcherManager(writer, applyAllDeletes: true, new BestMatchSearcherFactory());
    }

    /// <summary>The field layout documents are written with; part of the version an index is checked against.</summary>
    public const string LayoutVersion = SearchFields.Version;

    public string Path { get; }

    /// <summary>What built the index (analysers and field layout), as stored in its last commit.</summary>
    public string Version { get; }

    /// <summary>The last change-log sequence applied (searchable after <see cref="Refresh"/>).</summary>
    public long AppliedSequence => Interlocked.Read(ref applied);

    /// <summary>The last sequence searches see.</summary>
    public long SearchableSequence => Interlocked.Read(ref searchable);

    /// <summary>The sequence of the last durable commit: where a restart resumes.</summary>
    public long CommittedSequence { get; private set; }

    /// <summary>Whether something applied since the last commit waits for <see cref="Commit"/>.</summary>
    public bool HasUncommittedChanges => dirty;

    /// <summary>Opens an existing index, or creates an empty one (sequence 0) when <paramref name="version"/> is given
    /// and the directory holds none. Throws on a missing index (when not creating) or a corrupt one.</summary>
    public static SearchIndex Open(string path, string? createWithVersion = null)
    {
        System.IO.Directory.CreateDirectory(path);
        // The process-wide lock is ours (IndexStore); Lucene's own lock file would outlive a kill -9.
        // Small segments that a near-real-time reopen flushes stay in memory until they are merged or committed:
        // a publish becomes searchable without waiting for files to be written.
        var directory = new NRTCachingDirectory(new MappedDirectory(new DirectoryInfo(path), NoLockFactory.GetNoLockFactory()), 5.0, 60.0);
        try
        {
            var exists = DirectoryReader.IndexExists(directory);
            if (!exists && createWithVersion is null)
            {
                throw new FileNotFoundException($"No search index in '{path}'.");
            }

            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
            {
                OpenMode = exists ? OpenMode.APPEND : OpenMode.CREATE,
                Similarity = BestMatchSearcherFactory.Similarity,
                RAMBufferSizeMB = 64,
                // Segments as separate files: packing each flushed segment into one compound file copies it again.
                UseCompoundFile = false,
                MergePolicy = new TieredMergePolicy { NoCFSRatio = 0.0 },
            };
            var writer = new IndexWriter(directory, config);
            try
            {
                if (!exists)
                {
                    writer.SetCommitData(CommitData(0, createWithVersion!));
                    writer.Commit();
                }

                var data = writer.CommitData;
                var sequence = data.TryGetValue(SequenceKey, out var text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
                var version = data.TryGetValue(VersionKey, out var v) ? v : "";
                return new SearchIndex(path, directory, writer, sequence, version);
            }
            catch
            {
                writer.Dispose();
                throw;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Replaces each story's documents with its live translations, as one block per story: a story's
    /// translations stay together in one segment, which lets a search count and collapse stories in one pass.</summary>
    public void Apply(IReadOnlyList<StoryUpdate> updates, long sequence)
    {
        foreach (var update in updates)
        {
            var key = new Term(SearchFields.StoryKey, update.StoryKey);
            if (update.Live.Count == 0)
            {
                writer.DeleteDocuments(key);
            }
            else
            {
                WithLayouts(update.Live, documents => writer.UpdateDocuments(key, documents));
            }
        }

        dirty |= updates.Count > 0;
        Advance(sequence);
    }

    /// <summary>Adds stories that are not in the index (a rebuild); safe to call from several threads at once.</summary>
    public void Add(IReadOnlyList<PreparedDocument> story)
    {
        WithLayouts(story, writer.AddDocuments);
        dirty = true; // a rebuild of a database whose log is empty never advances the sequence, and must still commit
    }

    /// <summary>Lays the story's documents out in pooled fields for the duration of one writer call, in the order of
    /// their translation ids: within a story's block the later document is the newer translation, which settles a
    /// tie between two of them without reading anything (see <c>StoryCollector</c>).</summary>
    private void WithLayouts(IReadOnlyList<PreparedDocument> story, Action<IEnumerable<IEnumerable<IIndexableField>>> write)
    {
        if (!IsInIdOrder(story))
        {
            story = [.. story.OrderBy(d => d.Source.Id)];
        }

        var lent = new DocumentLayout[story.Count];
        for (var i = 0; i < lent.Length; i++)
        {
            lent[i] = layouts.TryTake(out var layout) ? layout : new DocumentLayout();
        }

        try
        {
            write(story.Select((document, i) => lent[i].Fill(document)));
        }
        finally
        {
            foreach (var layout in lent)
            {
                layouts.Add(layout);
            }
        }
    }

    private static bool IsInIdOrder(IReadOnlyList<PreparedDocument> story)
    {
        for (var i = 1; i < story.Count; i++)
        {
            if (story[i].Source.Id < story[i - 1].Source.Id)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Records that the index reflects the log up to <paramref name="sequence"/>.</summary>
    public void Advance(long sequence)
    {
        if (sequence > AppliedSequence)
        {
            Interlocked.Exchange(ref applied, sequence);
            dirty = true;
        }
    }

    /// <summary>Makes everything applied visible to searches (near-real-time: no commit needed).</summary>
    public void Refresh()
    {
        var target = AppliedSequence;
        searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref searchable, target);
    }

    /// <summary>Writes a durable commit with the applied sequence in its user data, when anything changed.</summary>
    public bool Commit()
    {
        lock (commitLock)
        {
            if (!dirty)
            {
                return false;
            }

            var sequence = AppliedSequence;
            dirty = false;
            writer.SetCommitData(CommitData(sequence, Version));
            writer.Commit();
            CommittedSequence = sequence;
            return true;
        }
    }

    public IndexSearcher AcquireSearcher() => searchers.Acquire();

    public void ReleaseSearcher(IndexSearcher searcher) => searchers.Release(searcher);

    /// <summary>Live documents searches see.</summary>
    public int DocumentCount()
    {
        var searcher = AcquireSearcher();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            ReleaseSearcher(searcher);
        }
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    private static Dictionary<string, string> CommitData(long sequence, string version) => new(StringComparer.Ordinal)
    {
        [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
        [VersionKey] = version,
    };
}
