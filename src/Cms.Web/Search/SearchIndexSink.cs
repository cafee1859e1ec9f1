using Cms.Search.Index;
using Cms.Web.Content;
using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cms.Web.Search;

/// <summary>Keeps the index in step with a saved story, inside the transaction that saved it.</summary>
internal sealed class SearchIndexSink(CmsDbContext db, SearchIndex index, SearchDocuments documents) : IStoryChangeSink
{
    public Task StoryChangedAsync(Story story, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        using var writer = index.OpenWriter(connection, transaction);
        foreach (var translation in story.Translations)
        {
            if (translation.IsLive)
            {
                writer.Upsert(documents.From(story, translation));
            }
            else
            {
                writer.Remove(translation.Id);
            }
        }

        return Task.CompletedTask;
    }
}
