using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneQuery = Lucene.Net.Search.Query;

namespace Cms.Search.Searching;

/// <summary>
/// Runs the one collector pass on several threads: the index is cut into slices (segments, and large segments into
/// ranges of documents cut between two stories), each thread takes the next slice and collects it into a collector of
/// its own, and the collectors are merged. A story never spans two slices, and every figure merges exactly (counts
/// add; the best stories are in a strict order), so the result is the same as one pass on one thread, whichever
/// thread took which slice.
/// </summary>
internal static class StoryCollection
{
    /// <summary>Below this many documents a slice is not worth a thread: a segment this small stays whole.</summary>
    public const int MinSliceDocs = 16_384;

    /// <summary>Slices per thread: enough that a thread that finishes early takes over work of the other.</summary>
    private const int SlicesPerThread = 4;

    public static StoryCollector Collect(
        IndexSearcher searcher, LuceneQuery query, Func<StoryCollector> create, SegmentFactsCache facts, int threads, int minSliceDocs = MinSliceDocs)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var slices = Slices(searcher.IndexReader.Leaves, facts, threads, minSliceDocs);
        var workers = Math.Max(1, Math.Min(threads, slices.Count));
        if (workers == 1)
        {
            var only = create();
            foreach (var slice in slices)
            {
                Run(weight, slice, only);
            }

            only.Finish();
            return only;
        }

        var collectors = new StoryCollector[workers];
        var next = -1;
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
            {
                var collector = create();
                for (var i = Interlocked.Increment(ref next); i < slices.Count; i = Interlocked.Increment(ref next))
                {
                    Run(weight, slices[i], collector);
                }

                collector.Finish();
                collectors[worker] = collector;
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        for (var i = 1; i < workers; i++)
        {
            collectors[0].Merge(collectors[i]);
        }

        return collectors[0];
    }

    /// <summary>The slices of the index, largest first. On one thread, one per segment.</summary>
    public static List<CollectionSlice> Slices(IList<AtomicReaderContext> leaves, SegmentFactsCache facts, int threads, int minSliceDocs = MinSliceDocs)
    {
        var slices = new List<CollectionSlice>(leaves.Count);
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var target = (int)Math.Max(minSliceDocs, total / Math.Max(1, threads * SlicesPerThread) + 1);
        foreach (var leaf in leaves)
        {
            var maxDoc = leaf.AtomicReader.MaxDoc;
            if (maxDoc == 0)
            {
                continue;
            }

            var from = 0;
            if (threads > 1 && maxDoc > target + target / 2)
            {
                var docs = facts.For(leaf.AtomicReader).Docs;
                while (maxDoc - from > target + target / 2)
                {
                    var cut = from + target;
                    while (cut < maxDoc && docs[cut].Story == docs[cut - 1].Story)
                    {
                        cut++; // never between two translations of one story
                    }

                    slices.Add(new CollectionSlice(leaf, from, cut));
                    from = cut;
                }
            }

            if (from < maxDoc)
            {
                slices.Add(new CollectionSlice(leaf, from, maxDoc));
            }
        }

        if (threads > 1)
        {
            // Largest first, so that the last slices taken are small ones; a stable order keeps runs comparable.
            slices = [.. slices.Select((s, i) => (s, i)).OrderByDescending(p => p.s.Size).ThenBy(p => p.i).Select(p => p.s)];
        }

        return slices;
    }

    /// <summary>Collects the matches of one slice, in document order, as <see cref="IndexSearcher"/> would.</summary>
    private static void Run(Weight weight, CollectionSlice slice, StoryCollector collector)
    {
        var reader = slice.Leaf.AtomicReader;
        var scorer = weight.GetScorer(slice.Leaf, reader.LiveDocs);
        if (scorer is null)
        {
            return;
        }

        collector.SetNextReader(slice.Leaf);
        collector.SetScorer(scorer);
        var doc = slice.From == 0 ? scorer.NextDoc() : scorer.Advance(slice.From);
        while (doc < slice.To)
        {
            collector.Collect(doc);
            doc = scorer.NextDoc();
        }
    }
}
