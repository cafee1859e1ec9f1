using Cms.Web.Data;
using Cms.Web.Markdown;
using Cms.Web.Newsroom;
using Cms.Web.Search;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Content;

/// <summary>Upserts a validated content tree by story key and language, in one transaction.</summary>
internal sealed class ContentImporter(
    CmsDbContext db, ContentReader reader, IEnumerable<IStoryChangeSink> sinks, TimeProvider clock, MarkdownRenderer markdown, SearchFreshness freshness,
    TermService terms, TermCatalogCache termCache)
{
    /// <exception cref="ContentException">A file is invalid or clashes with the database; nothing was applied.</exception>
    public async Task<ImportResult> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await ImportInTransactionAsync(directory, cancellationToken);
            termCache.Invalidate();
            await freshness.AfterCommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            freshness.AfterRollback();
            throw;
        }
    }

    private async Task<ImportResult> ImportInTransactionAsync(string directory, CancellationToken cancellationToken)
    {
        var known = (await db.Terms.AsNoTracking().Select(t => new { t.Vocabulary, t.Key }).ToListAsync(cancellationToken))
            .Select(t => (t.Vocabulary, t.Key)).ToHashSet();
        var tree = reader.Read(directory, (vocabulary, key) => known.Contains((vocabulary, key)));
        var documents = tree.Stories;
        var keys = documents.Select(d => d.Key).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var counter = new ImportCounter();
        var now = clock.GetUtcNow().UtcDateTime;
        var renamed = await ApplyTermsAsync(tree.Terms, now, counter, cancellationToken);
        var existing = await db.Stories.Include(s => s.Translations)
            .Where(s => keys.Contains(s.Key))
            .ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
        await CheckSlugClashesAsync(documents, cancellationToken);

        var touched = new List<Story>();
        foreach (var document in documents)
        {
            if (!existing.TryGetValue(document.Key, out var story))
            {
                story = new Story { Key = document.Key, SourceLanguage = document.SourceLanguage, CreatedUtc = now };
                db.Stories.Add(story);
                counter.StoriesCreated++;
            }

            var storyChanged = ApplyStory(story, document);
            if (storyChanged && story.Id != 0)
            {
                counter.StoriesUpdated++;
            }

            var translationsChanged = false;
            foreach (var translationDocument in document.Translations)
            {
                translationsChanged |= ApplyTranslation(story, translationDocument, now, counter);
            }

            if (storyChanged || translationsChanged)
            {
                story.RefreshLive(now);

                touched.Add(story);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (vocabulary, key) in renamed)
        {
            // Stories whose terms were renamed carry the new names in the index: their documents are made again.
            foreach (var story in await terms.StoriesReferringAsync(vocabulary, key, cancellationToken))
            {
                if (!touched.Contains(story))
                {
                    touched.Add(story);
                }
            }
        }

        foreach (var story in touched)
        {
            foreach (var sink in sinks)
            {
                await sink.StoryChangedAsync(story, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return counter.ToResult();
    }

    /// <summary>Creates and updates the taxonomy's terms; returns those already in use whose names changed.</summary>
    private async Task<List<(Vocabulary, string)>> ApplyTermsAsync(IReadOnlyList<TaxonomyTerm> wanted, DateTime now, ImportCounter counter, CancellationToken cancellationToken)
    {
        var renamed = new List<(Vocabulary, string)>();
        if (wanted.Count == 0)
        {
            return renamed;
        }

        var existing = (await db.Terms.Include(t => t.Labels).ToListAsync(cancellationToken)).ToDictionary(t => (t.Vocabulary, t.Key));
        foreach (var term in wanted)
        {
            if (!existing.TryGetValue((term.Vocabulary, term.Key), out var stored))
            {
                stored = new Term { Vocabulary = term.Vocabulary, Key = term.Key, UpdatedUtc = now };
                TermService.Apply(stored, term.Edit);
                db.Terms.Add(stored);
                counter.TermsCreated++;
                continue;
            }

            if (TaxonomyWriter.From(stored).Edit is var current && SameNames(current, term.Edit))
            {
                continue;
            }

            TermService.Apply(stored, term.Edit);
            stored.UpdatedUtc = now;
            stored.Version++;
            counter.TermsUpdated++;
            renamed.Add((term.Vocabulary, term.Key));
        }

        await db.SaveChangesAsync(cancellationToken);
        return renamed;
    }

    private static bool SameNames(TermEdit a, TermEdit b) =>
        string.Equals(a.CommonName, b.CommonName, StringComparison.Ordinal)
        && a.Labels.Count == b.Labels.Count
        && a.Labels.All(l => b.Labels.TryGetValue(l.Key, out var other) && string.Equals(l.Value, other, StringComparison.Ordinal))
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal);

    private async Task CheckSlugClashesAsync(IReadOnlyList<StoryDocument> documents, CancellationToken cancellationToken)
    {
        var wanted = documents.SelectMany(d => d.Translations.Select(t => (Story: d, Translation: t))).ToList();
        var slugs = wanted.Select(w => w.Translation.Slug).Distinct(StringComparer.Ordinal).ToList();
        var taken = await db.Translations.AsNoTracking()
            .Where(t => slugs.Contains(t.Slug))
            .Select(t => new { t.Language, t.Slug, t.Story.Key })
            .ToListAsync(cancellationToken);
        var errors = new List<ContentError>();
        foreach (var (story, translation) in wanted)
        {
            var clash = taken.FirstOrDefault(t =>
                string.Equals(t.Language, translation.Language, StringComparison.Ordinal)
                && string.Equals(t.Slug, translation.Slug, StringComparison.Ordinal)
                && !string.Equals(t.Key, story.Key, StringComparison.Ordinal));
            if (clash is not null && !documents.Any(d => string.Equals(d.Key, clash.Key, StringComparison.Ordinal)))
            {
                errors.Add(new ContentError(
                    translation.Location.File,
                    translation.SlugLine,
                    $"duplicate slug '{translation.Slug}' in language '{translation.Language}': story '{clash.Key}' already uses it"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }
    }

    private static bool ApplyStory(Story story, StoryDocument document)
    {
        var fields = new StoryFields(document.Kind, document.EventStart, document.EventEnd, document.Places, document.Organisers,
            document.Project, document.Tags, document.Image, document.Event).Normalized();
        var changed = !string.Equals(story.SourceLanguage, document.SourceLanguage, StringComparison.Ordinal)
            || !fields.SameAs(StoryFields.Of(story));
        if (changed)
        {
            story.SourceLanguage = document.SourceLanguage;
            fields.ApplyTo(story);
        }

        return changed;
    }

    private bool ApplyTranslation(Story story, TranslationDocument document, DateTime now, ImportCounter counter)
    {
        var translation = story.Translations.FirstOrDefault(t => string.Equals(t.Language, document.Language, StringComparison.Ordinal));
        if (translation is null)
        {
            story.Translations.Add(new Translation
            {
                Language = document.Language,
                Title = document.Title,
                Slug = document.Slug,
                Summary = document.Summary,
                Body = document.Body,
                BodyHtml = markdown.ToHtml(document.Body),
                Status = document.Status,
                PublishedUtc = document.PublishedUtc,
                UpdatedUtc = document.UpdatedUtc ?? document.PublishedUtc ?? now,
                TranslatedFromRevision = document.TranslatedFromRevision,
            });
            counter.TranslationsCreated++;
            return true;
        }

        var textChanged = !string.Equals(translation.Title, document.Title, StringComparison.Ordinal)
            || !string.Equals(translation.Summary, document.Summary, StringComparison.Ordinal)
            || !string.Equals(translation.Body, document.Body, StringComparison.Ordinal);
        var slugChanged = !string.Equals(translation.Slug, document.Slug, StringComparison.Ordinal);
        var changed = textChanged || slugChanged
            || translation.Status != document.Status
            || translation.PublishedUtc != document.PublishedUtc
            || (document.UpdatedUtc is { } updated && translation.UpdatedUtc != updated)
            || translation.TranslatedFromRevision != document.TranslatedFromRevision;
        if (!changed)
        {
            counter.Unchanged++;
            return false;
        }

        if (slugChanged)
        {
            RememberOldSlug(translation, document.Slug);
        }

        translation.Title = document.Title;
        translation.Slug = document.Slug;
        translation.Summary = document.Summary;
        translation.Body = document.Body;
        translation.BodyHtml = markdown.ToHtml(document.Body);
        translation.Status = document.Status;
        translation.PublishedUtc = document.PublishedUtc;
        translation.UpdatedUtc = document.UpdatedUtc ?? now;
        translation.TranslatedFromRevision = document.TranslatedFromRevision;
        if (textChanged)
        {
            translation.Revision++;
        }

        counter.TranslationsUpdated++;
        return true;
    }

    private void RememberOldSlug(Translation translation, string newSlug)
    {
        var stale = db.SlugRedirects.Where(r => r.Language == translation.Language && (r.Slug == newSlug || r.Slug == translation.Slug));
        db.SlugRedirects.RemoveRange(stale);
        db.SlugRedirects.Add(new SlugRedirect { Language = translation.Language, Slug = translation.Slug, Translation = translation });
    }

    private sealed class ImportCounter
    {
        public int StoriesCreated { get; set; }

        public int StoriesUpdated { get; set; }

        public int TranslationsCreated { get; set; }

        public int TranslationsUpdated { get; set; }

        public int Unchanged { get; set; }

        public int TermsCreated { get; set; }

        public int TermsUpdated { get; set; }

        public ImportResult ToResult() => new(StoriesCreated, StoriesUpdated, TranslationsCreated, TranslationsUpdated, Unchanged, TermsCreated, TermsUpdated);
    }
}
