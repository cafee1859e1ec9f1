using System.Diagnostics;
using Cms.Search.Analysis;
using Cms.Search.Index;

namespace Cms.Bench.Profiling;

/// <summary>
/// Where indexing time goes, on a sample in fresh scratch databases: the writer as shipped, the same prepared inserts
/// without the delete-before-insert, the FTS5 insert alone, and the analysis alone.
/// </summary>
internal static class IndexingProfiler
{
    public static List<(string Variant, double PerSecond)> Run(string directory, Analyzers analyzers, IReadOnlyList<SearchDocument> sample)
    {
        var index = new SearchIndex(analyzers);
        return
        [
            ("SearchIndexWriter.Upsert (as shipped)", Measure(directory, index, sample, ProfileInserter.Mode.Upsert)),
            ("same inserts, no delete-before-insert", Measure(directory, index, sample, ProfileInserter.Mode.InsertAll)),
            ("FTS5 insert only (+ analysis)", Measure(directory, index, sample, ProfileInserter.Mode.FtsOnly)),
            ("analysis only (IndexedFields.From)", Measure(directory, index, sample, ProfileInserter.Mode.AnalysisOnly)),
        ];
    }

    private static double Measure(string directory, SearchIndex index, IReadOnlyList<SearchDocument> sample, ProfileInserter.Mode mode)
    {
        var path = Path.Combine(directory, "profile-" + mode + ".db");
        using var connection = Database.Open(path);
        Database.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        index.Reset(connection);
        var watch = Stopwatch.StartNew();
        foreach (var batch in sample.Chunk(CorpusIndexer.BatchSize))
        {
            using var transaction = connection.BeginTransaction();
            using (var inserter = new ProfileInserter(connection, transaction, index, mode))
            {
                foreach (var document in batch)
                {
                    inserter.Add(document);
                }
            }

            transaction.Commit();
        }

        return sample.Count / watch.Elapsed.TotalSeconds;
    }
}
