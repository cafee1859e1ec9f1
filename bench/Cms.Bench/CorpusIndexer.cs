using System.Diagnostics;
using Cms.Bench.Corpus;
using Cms.Search.Index;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>Indexes the generated corpus in transactions of <see cref="BatchSize"/>; only the indexing is timed.</summary>
internal static class CorpusIndexer
{
    public const int BatchSize = 1_000;

    public static IndexingResult Run(string databasePath, SearchIndex index, CorpusGenerator generator, int docs)
    {
        using var connection = Database.Open(databasePath);
        Database.Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        using (var transaction = connection.BeginTransaction())
        {
            index.EnsureSchema(connection, transaction);
            index.Reset(connection, transaction);
            transaction.Commit();
        }

        var byLanguage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var stories = new HashSet<string>(StringComparer.Ordinal);
        var generating = new Stopwatch();
        var indexing = new Stopwatch();
        var batch = new List<SearchDocument>(BatchSize);
        using var documents = generator.Generate(docs).GetEnumerator();
        while (true)
        {
            batch.Clear();
            generating.Start();
            while (batch.Count < BatchSize && documents.MoveNext())
            {
                batch.Add(documents.Current);
            }

            generating.Stop();
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var document in batch)
            {
                byLanguage[document.Language] = byLanguage.GetValueOrDefault(document.Language) + 1;
                stories.Add(document.StoryKey);
            }

            indexing.Start();
            using (var transaction = connection.BeginTransaction())
            {
                using (var writer = index.OpenWriter(connection, transaction))
                {
                    writer.AddAll(batch);
                }

                transaction.Commit();
            }

            indexing.Stop();
        }

        Database.Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        var wal = new FileInfo(databasePath + "-wal");
        var bytes = new FileInfo(databasePath).Length + (wal.Exists ? wal.Length : 0);
        return new IndexingResult(
            docs, stories.Count, byLanguage, generating.Elapsed.TotalSeconds, indexing.Elapsed.TotalSeconds, bytes / 1024d / 1024d);
    }
}
