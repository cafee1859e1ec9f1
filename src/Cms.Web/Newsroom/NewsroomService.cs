using System.Text.Json;
using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom;

/// <summary>
/// Every change a press officer makes: each one in a single transaction that also stores a revision, keeps the
/// search index in step and writes the audit log. Nothing is overwritten silently: saves carry the version the
/// editor started from.
/// </summary>
internal sealed class NewsroomService(
    CmsDbContext db,
    IEnumerable<IStoryChangeSink> sinks,
    TimeProvider time,
    AuditLog audit,
    SiteLanguages languages,
    PublishingSignal signal)
{
    public async Task<Story> CreateStoryAsync(
        StoryFields fields, string sourceLanguage, IReadOnlyList<(string Language, TranslationEdit Edit)> translations, string user, CancellationToken cancellationToken = default)
    {
        if (!languages.IsSupported(sourceLanguage))
        {
            throw NewsroomValidationException.For("source", $"Unknown language '{sourceLanguage}'.");
        }

        if (translations.Count == 0)
        {
            throw NewsroomValidationException.For("translations", "A story needs at least one translation.");
        }

        ValidateFields(fields);
        var now = Now();
        var story = new Story { Key = await NewKeyAsync(translations[0].Edit.Title, now, cancellationToken), SourceLanguage = sourceLanguage, CreatedUtc = now };
        fields.ApplyTo(story);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Stories.Add(story);
        foreach (var (language, edit) in translations.OrderBy(t => t.Language == sourceLanguage ? 0 : 1))
        {
            if (story.Translations.Any(t => t.Language == language))
            {
                throw NewsroomValidationException.For("translations", $"Two translations in '{language}'.");
            }

            await AddTranslationAsync(story, language, edit, cancellationToken);
        }

        await SaveAsync(story, user, "create", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return story;
    }

    public async Task<Story> LoadAsync(int storyId, CancellationToken cancellationToken = default) =>
        await db.Stories.Include(s => s.Translations).FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken)
        ?? throw new NotFoundException($"Story {storyId} not found.");

    public async Task<Story> LoadAsync(string key, CancellationToken cancellationToken = default) =>
        await db.Stories.Include(s => s.Translations).FirstOrDefaultAsync(s => s.Key == key, cancellationToken)
        ?? throw new NotFoundException($"Story '{key}' not found.");

    public async Task UpdateFieldsAsync(int storyId, StoryFields fields, string user, CancellationToken cancellationToken = default)
    {
        ValidateFields(fields);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var story = await LoadAsync(storyId, cancellationToken);
        fields.ApplyTo(story);
        await SaveAsync(story, user, "shared fields", cancellationToken, snapshotAll: true);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Saves a translation's text (adding the translation when the story lacks that language).</summary>
    /// <param name="expectedVersion">The version the editor started from; null for a new translation.</param>
    /// <param name="reviewedAgainstSource">The author checked it against the current source: clears "outdated".</param>
    public async Task<Translation> SaveTranslationAsync(
        int storyId, string language, TranslationEdit edit, int? expectedVersion, bool reviewedAgainstSource, string user, CancellationToken cancellationToken = default)
    {
        if (!languages.IsSupported(language))
        {
            throw NewsroomValidationException.For("language", $"Unknown language '{language}'.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var story = await LoadAsync(storyId, cancellationToken);
        var translation = story.Translations.FirstOrDefault(t => t.Language == language);
        if (translation is null)
        {
            translation = await AddTranslationAsync(story, language, edit, cancellationToken);
        }
        else
        {
            await CheckVersionAsync(translation, expectedVersion, edit, cancellationToken);
            await ApplyEditAsync(story, translation, edit, cancellationToken);
            if (reviewedAgainstSource && SourceOf(story) is { } source && source != translation)
            {
                translation.TranslatedFromRevision = source.Revision;
            }
        }

        await SaveAsync(story, user, "save", cancellationToken, only: translation);
        await transaction.CommitAsync(cancellationToken);
        return translation;
    }

    public Task SubmitForReviewAsync(int translationId, int? expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(translationId, expectedVersion, user, "submit", t =>
        {
            if (t.Status is TranslationStatus.Draft or TranslationStatus.Unpublished)
            {
                t.Status = TranslationStatus.InReview;
            }
        }, cancellationToken);

    /// <summary>Publishes now, or schedules for <paramref name="atUtc"/>; <paramref name="unpublishUtc"/> ends it.</summary>
    public Task PublishAsync(int translationId, int? expectedVersion, DateTime? atUtc, DateTime? unpublishUtc, string user, CancellationToken cancellationToken = default)
    {
        var now = Now();
        var at = Truncate(atUtc ?? now);
        if (unpublishUtc is { } end && end <= at)
        {
            throw NewsroomValidationException.For("unpublishAt", "The unpublish time must be after the publish time.");
        }

        return ChangeStatusAsync(translationId, expectedVersion, user, at > now ? AuditActions.Schedule : AuditActions.Publish, t =>
        {
            t.Status = TranslationStatus.Published;
            t.PublishedUtc = at;
            t.UnpublishUtc = unpublishUtc is { } u ? Truncate(u) : null;
        }, cancellationToken);
    }

    public Task UnpublishAsync(int translationId, int? expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(translationId, expectedVersion, user, AuditActions.Unpublish, t =>
        {
            t.Status = TranslationStatus.Unpublished;
            t.UnpublishUtc = null;
        }, cancellationToken);

    public async Task RestoreAsync(int revisionId, string user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken)
            ?? throw new NotFoundException($"Revision {revisionId} not found.");
        var story = await db.Stories.Include(s => s.Translations)
            .FirstAsync(s => s.Translations.Any(t => t.Id == revision.TranslationId), cancellationToken);
        var translation = story.Translations.First(t => t.Id == revision.TranslationId);
        await ApplyEditAsync(story, translation, new TranslationEdit(revision.Title, revision.Slug, revision.Summary, revision.Body), cancellationToken);
        await SaveAsync(story, user, $"restore of #{revision.Id}", cancellationToken, only: translation);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteStoryAsync(int storyId, string user, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var story = await LoadAsync(storyId, cancellationToken);
        foreach (var translation in story.Translations)
        {
            translation.IsLive = false;
        }

        foreach (var sink in sinks)
        {
            await sink.StoryChangedAsync(story, cancellationToken);
        }

        db.Stories.Remove(story);
        audit.Add(user, AuditActions.Delete, story.Key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Applies any publish or unpublish whose time has come; returns when the next one is due.</summary>
    public async Task<DateTime?> ApplyDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var due = await db.Translations
            .Where(t => (!t.IsLive && t.Status == TranslationStatus.Published && t.PublishedUtc <= now && (t.UnpublishUtc == null || t.UnpublishUtc > now))
                || (t.IsLive && (t.Status != TranslationStatus.Published || t.PublishedUtc > now || t.UnpublishUtc <= now))
                || (t.Status == TranslationStatus.Published && t.UnpublishUtc <= now))
            .Select(t => t.StoryId).Distinct().Take(200).ToListAsync(cancellationToken);
        foreach (var storyId in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var story = await LoadAsync(storyId, cancellationToken);
            foreach (var translation in story.Translations)
            {
                if (translation.Status == TranslationStatus.Published && translation.UnpublishUtc <= now)
                {
                    translation.Status = TranslationStatus.Unpublished;
                    translation.Version++;
                    AddRevision(story, translation, "scheduler", "expired", now);
                    audit.Add("scheduler", AuditActions.Unpublish, $"{story.Key}/{translation.Language}", "unpublish time reached");
                }
                else if (!translation.IsLive && translation.ShouldBeLive(now))
                {
                    audit.Add("scheduler", AuditActions.Publish, $"{story.Key}/{translation.Language}", "scheduled time reached");
                }
            }

            await SaveAsync(story, "scheduler", null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var nextPublish = await db.Translations
            .Where(t => t.Status == TranslationStatus.Published && !t.IsLive && t.PublishedUtc > now)
            .MinAsync(t => t.PublishedUtc, cancellationToken);
        var nextUnpublish = await db.Translations
            .Where(t => t.Status == TranslationStatus.Published && t.UnpublishUtc > now)
            .MinAsync(t => t.UnpublishUtc, cancellationToken);
        return new[] { nextPublish, nextUnpublish }.Where(d => d is not null).Min();
    }

    public static Translation? SourceOf(Story story) =>
        story.Translations.FirstOrDefault(t => t.Language == story.SourceLanguage);

    public static bool IsOutdated(Story story, Translation translation) =>
        SourceOf(story) is { } source && source != translation
        && translation.TranslatedFromRevision is { } from && from < source.Revision;

    private async Task ChangeStatusAsync(int translationId, int? expectedVersion, string user, string action, Action<Translation> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var story = await db.Stories.Include(s => s.Translations)
            .FirstOrDefaultAsync(s => s.Translations.Any(t => t.Id == translationId), cancellationToken)
            ?? throw new NotFoundException($"Translation {translationId} not found.");
        var translation = story.Translations.First(t => t.Id == translationId);
        var current = new TranslationEdit(translation.Title, translation.Slug, translation.Summary, translation.Body);
        await CheckVersionAsync(translation, expectedVersion, current, cancellationToken);
        change(translation);
        if (action is AuditActions.Publish or AuditActions.Schedule or AuditActions.Unpublish)
        {
            audit.Add(user, action, $"{story.Key}/{translation.Language}", translation.PublishedUtc?.ToString("u", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        await SaveAsync(story, user, action, cancellationToken, only: translation);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CheckVersionAsync(Translation translation, int? expectedVersion, TranslationEdit yours, CancellationToken cancellationToken)
    {
        if (expectedVersion is { } expected && expected != translation.Version)
        {
            var last = await db.Revisions.AsNoTracking().Where(r => r.TranslationId == translation.Id)
                .OrderByDescending(r => r.Id).Select(r => new { r.SavedBy, r.SavedUtc }).FirstOrDefaultAsync(cancellationToken);
            throw new EditConflictException(
                new TranslationEdit(translation.Title, translation.Slug, translation.Summary, translation.Body),
                translation.Version,
                last?.SavedBy ?? "?",
                last?.SavedUtc ?? translation.UpdatedUtc,
                yours);
        }
    }

    private async Task<Translation> AddTranslationAsync(Story story, string language, TranslationEdit edit, CancellationToken cancellationToken)
    {
        var source = SourceOf(story);
        var translation = new Translation
        {
            Language = language,
            Title = "",
            Slug = "",
            Status = TranslationStatus.Draft,
            Revision = 0,
            TranslatedFromRevision = source is null || language == story.SourceLanguage ? null : source.Revision,
        };
        story.Translations.Add(translation);
        await ApplyEditAsync(story, translation, edit, cancellationToken);
        return translation;
    }

    private async Task ApplyEditAsync(Story story, Translation translation, TranslationEdit edit, CancellationToken cancellationToken)
    {
        var title = edit.Title.Trim();
        var errors = RuleViolation.ToErrors(StoryRules.Check(edit));

        var slug = string.IsNullOrWhiteSpace(edit.Slug) ? Slugifier.FromTitle(title, translation.Language) : edit.Slug.Trim();
        if (slug.Length == 0)
        {
            slug = "story-" + story.Key;
        }

        if (!Slugifier.IsValid(slug))
        {
            errors["slug"] = [$"The slug '{slug}' must be lower-case Latin letters and digits joined by single hyphens."];
        }

        if (errors.Count > 0)
        {
            throw new NewsroomValidationException(errors);
        }

        if (string.IsNullOrWhiteSpace(edit.Slug) && translation.Slug.Length == 0)
        {
            slug = await UniqueSlugAsync(translation.Language, slug, translation.Id, cancellationToken);
        }
        else if (await db.Translations.AnyAsync(t => t.Language == translation.Language && t.Slug == slug && t.Id != translation.Id, cancellationToken))
        {
            throw NewsroomValidationException.For("slug", $"Another story already uses the slug '{slug}' in this language.");
        }

        var body = edit.Body.ReplaceLineEndings("\n").Trim();
        var summary = edit.Summary.ReplaceLineEndings(" ").Trim();
        var textChanged = translation.Title != title || translation.Summary != summary || translation.Body != body;
        if (translation.Slug.Length > 0 && translation.Slug != slug)
        {
            db.SlugRedirects.RemoveRange(db.SlugRedirects.Where(r => r.Language == translation.Language && (r.Slug == slug || r.Slug == translation.Slug)));
            db.SlugRedirects.Add(new SlugRedirect { Language = translation.Language, Slug = translation.Slug, Translation = translation });
        }

        translation.Title = title;
        translation.Slug = slug;
        translation.Summary = summary;
        translation.Body = body;
        if (textChanged)
        {
            translation.Revision++;
        }
    }

    private async Task SaveAsync(Story story, string user, string? note, CancellationToken cancellationToken, Translation? only = null, bool snapshotAll = false)
    {
        var now = Now();
        foreach (var translation in story.Translations)
        {
            var touched = note is not null && (snapshotAll || only is null || translation == only);
            if (touched)
            {
                translation.UpdatedUtc = now;
                translation.Version++;
                AddRevision(story, translation, user, note!, now);
            }

            translation.IsLive = translation.ShouldBeLive(now);
        }

        story.RefreshFirstPublished();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException) when (only is not null)
        {
            // Someone saved between our version check and this save: show them what is stored now.
            var yours = new TranslationEdit(only.Title, only.Slug, only.Summary, only.Body);
            var stored = await db.Translations.AsNoTracking().FirstAsync(t => t.Id == only.Id, cancellationToken);
            throw new EditConflictException(
                new TranslationEdit(stored.Title, stored.Slug, stored.Summary, stored.Body), stored.Version, "?", stored.UpdatedUtc, yours);
        }

        foreach (var sink in sinks)
        {
            await sink.StoryChangedAsync(story, cancellationToken);
        }

        signal.Notify();
    }

    private void AddRevision(Story story, Translation translation, string user, string note, DateTime now) =>
        db.Revisions.Add(new TranslationRevision
        {
            Translation = translation,
            ContentRevision = translation.Revision,
            Title = translation.Title,
            Slug = translation.Slug,
            Summary = translation.Summary,
            Body = translation.Body,
            Status = translation.Status,
            PublishedUtc = translation.PublishedUtc,
            UnpublishUtc = translation.UnpublishUtc,
            TranslatedFromRevision = translation.TranslatedFromRevision,
            StoryFields = JsonSerializer.Serialize(StoryFields.Of(story)),
            SavedUtc = now,
            SavedBy = user,
            Note = note.Length > 200 ? note[..200] : note,
        });

    private void ValidateFields(StoryFields fields)
    {
        if (StoryRules.Check(fields) is { Count: > 0 } violations)
        {
            throw new NewsroomValidationException(RuleViolation.ToErrors(violations));
        }
    }

    private async Task<string> UniqueSlugAsync(string language, string slug, int ownId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await db.Translations.AnyAsync(t => t.Language == language && t.Slug == candidate && t.Id != ownId, cancellationToken); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private async Task<string> NewKeyAsync(string title, DateTime now, CancellationToken cancellationToken)
    {
        var words = Slugifier.FromTitle(title, "ru").Split('-').Take(5);
        var key = $"{now:yyyy-MM-dd}-{string.Join('-', words)}".TrimEnd('-');
        var candidate = key;
        for (var n = 2; await db.Stories.AnyAsync(s => s.Key == candidate, cancellationToken); n++)
        {
            candidate = $"{key}-{n}";
        }

        return candidate;
    }

    private DateTime Now() => Truncate(time.GetUtcNow().UtcDateTime);

    private static DateTime Truncate(DateTime at) =>
        new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
