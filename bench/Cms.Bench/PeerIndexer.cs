using System.Diagnostics;
using Cms.Bench.Corpus;
using Cms.Bench.Fts;
using Cms.Bench.Ours;
using Cms.Bench.Plain;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Microsoft.Data.Sqlite;

namespace Cms.Bench;

/// <summary>
/// One pass over the same corpus into what ours is compared with and reads from: the texts table (the site's
/// database), the raw baseline's FTS5 table (our analysers' terms, analysed on two threads) and the plain Lucene.Net
/// index (two threads). A chunk at a time, each timed on its own.
/// </summary>
internal static class PeerIndexer
{
    private const int ChunkDocs = 2_000;

    public static (CorpusRun Texts, CorpusRun Fts, CorpusRun Plain) Run(
        string textsPath, string ftsPath, string plainPath, Analyzers analyzers, CorpusGenerator generator, int docs)
    {
        using var texts = Database.Open(textsPath);
        using var fts = Database.Open(ftsPath);
        Database.Execute(texts, FtsSchema.CreateTexts);
        Database.Execute(fts, FtsSchema.CreateFts);
        var stats = new CorpusStats();
        var (textsWatch, ftsWatch, plainWatch) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
        var options = new ParallelOptions { MaxDegreeOfParallelism = OursIndexer.Threads };
        using (var plain = new PlainIndex(plainPath))
        {
            var generating = Stopwatch.StartNew();
            foreach (var chunk in generator.Generate(docs).Chunk(ChunkDocs))
            {
                generating.Stop();
                foreach (var document in chunk)
                {
                    stats.Add(document);
                }

                textsWatch.Start();
                InsertTexts(texts, chunk);
                textsWatch.Stop();
                ftsWatch.Start();
                var fields = new IndexedFields[chunk.Length];
                Parallel.For(0, chunk.Length, options, i => fields[i] = IndexedFields.From(chunk[i], analyzers, new AnalysisMemo()));
                InsertFts(fts, chunk, fields);
                ftsWatch.Stop();
                plainWatch.Start();
                Parallel.ForEach(chunk, options, plain.Add);
                plainWatch.Stop();
                generating.Start();
            }

            generating.Stop();
            plainWatch.Start();
            plain.Commit();
            plainWatch.Stop();
            Database.Execute(texts, "PRAGMA wal_checkpoint(TRUNCATE);");
            Database.Execute(fts, "PRAGMA wal_checkpoint(TRUNCATE);");
            var seconds = generating.Elapsed.TotalSeconds;
            return (
                new CorpusRun(stats, seconds, textsWatch.Elapsed.TotalSeconds, new FileInfo(textsPath).Length / 1024d / 1024d),
                new CorpusRun(stats, seconds, ftsWatch.Elapsed.TotalSeconds, new FileInfo(ftsPath).Length / 1024d / 1024d),
                new CorpusRun(stats, seconds, plainWatch.Elapsed.TotalSeconds, DirectorySize.Megabytes(plainPath)));
        }
    }

    private static void InsertTexts(SqliteConnection connection, SearchDocument[] chunk)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO texts (id, title, summary, body) VALUES ($id, $title, $summary, $body)";
        var (id, title, summary, body) = (insert.Parameters.Add("$id", SqliteType.Integer), insert.Parameters.Add("$title", SqliteType.Text),
            insert.Parameters.Add("$summary", SqliteType.Text), insert.Parameters.Add("$body", SqliteType.Text));
        foreach (var document in chunk)
        {
            (id.Value, title.Value, summary.Value, body.Value) = (document.Id, document.Title, document.Summary, document.Body);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static void InsertFts(SqliteConnection connection, SearchDocument[] chunk, IndexedFields[] fields)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO fts (rowid, title, summary, body, meta, loose) VALUES ($id, $title, $summary, $body, $meta, $loose)";
        var parameters = new[] { "$id", "$title", "$summary", "$body", "$meta", "$loose" }
            .Select(n => insert.Parameters.Add(n, n == "$id" ? SqliteType.Integer : SqliteType.Text)).ToArray();
        for (var i = 0; i < chunk.Length; i++)
        {
            var f = fields[i];
            parameters[0].Value = chunk[i].Id;
            parameters[1].Value = string.Join(' ', f.Title.Select(t => t.Text));
            parameters[2].Value = string.Join(' ', f.Summary.Select(t => t.Text));
            parameters[3].Value = string.Join(' ', f.Body.Select(t => t.Text));
            parameters[4].Value = string.Join(' ', f.Meta.Select(t => t.Text));
            parameters[5].Value = string.Join(' ', f.Loose.Select(t => t.Text));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
