using Cms.Search.Index;
using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Web.Search;

/// <summary>Rebuilds the whole index from the database in one transaction: readers see the old index until it commits.</summary>
internal sealed class SearchReindexer(CmsDbContext db, SearchIndex index, SearchDocuments documents)
{
    private const int BatchSize = 500;

    /// <summary>Creates the index tables if needed and rebuilds them when the analysers changed.</summary>
    public async Task<bool> EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!index.EnsureSchema((SqliteConnection)db.Database.GetDbConnection()))
            {
                return false;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        await ReindexAsync(null, cancellationToken);
        return true;
    }

    public async Task<int> ReindexAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var sqliteTransaction = (SqliteTransaction)transaction.GetDbTransaction();
        index.Reset(connection, sqliteTransaction);
        var published = db.Translations.AsNoTracking()
            .Where(t => t.IsLive);
        var total = await published.CountAsync(cancellationToken);
        var done = 0;
        var lastId = 0;
        using (var writer = index.OpenWriter(connection, sqliteTransaction))
        {
            while (true)
            {
                var batch = await published.Include(t => t.Story).Where(t => t.Id > lastId).OrderBy(t => t.Id)
                    .Take(BatchSize).ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                writer.AddAll(batch.Select(t => documents.From(t.Story, t)));

                done += batch.Count;
                lastId = batch[^1].Id;
                progress?.Report((done, total));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }
}
