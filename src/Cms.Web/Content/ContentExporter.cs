using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Content;

/// <summary>Writes every story in the content format that <see cref="ContentImporter"/> reads.</summary>
internal sealed class ContentExporter(CmsDbContext db, Infrastructure.SiteLanguages languages)
{
    private const int BatchSize = 200;

    public async Task<int> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var terms = await db.Terms.AsNoTracking().Include(t => t.Labels).ToListAsync(cancellationToken);
        TaxonomyWriter.Write(directory, [.. terms.Select(TaxonomyWriter.From)], languages.Codes);
        var written = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Stories.AsNoTracking().Include(s => s.Translations)
                .Where(s => s.Id > lastId && s.DeletedUtc == null)
                .OrderBy(s => s.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return written;
            }

            foreach (var story in batch)
            {
                ContentWriter.Write(directory, ToDocument(story));
                written++;
            }

            lastId = batch[^1].Id;
        }
    }

    public static StoryDocument ToDocument(Story story) => new(
        story.Key,
        story.Kind,
        story.SourceLanguage,
        story.EventStart,
        story.EventEnd,
        story.Places,
        story.Organisers,
        story.Project,
        story.Tags,
        [.. story.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new TranslationDocument(
            t.Language, t.Title, t.Slug, t.Summary, t.Status, t.PublishedUtc, t.UpdatedUtc, t.TranslatedFromRevision, t.Body))],
        story.Image,
        Newsroom.StoryFields.Of(story).Details);
}
