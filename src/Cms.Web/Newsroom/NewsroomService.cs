using System.Globalization;
using System.Text.Json;
using Cms.Web.Content;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Markdown;
using Cms.Web.Search;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Newsroom;

/// <summary>
/// Every change a press officer makes: each one in a single transaction that also stores a revision, keeps the
/// search index in step and writes the audit log. Nothing is overwritten silently: saves carry the version the
/// editor started from. What readers see changes only by publishing: a save of a published translation, or of the
/// shared fields of a story with one, is kept as unpublished changes until an editor publishes them.
/// </summary>
internal sealed partial class NewsroomService(
    CmsDbContext db,
    IEnumerable<IStoryChangeSink> sinks,
    TimeProvider time,
    AuditLog audit,
    SiteLanguages languages,
    PublishingSignal signal,
    SearchFreshness freshness,
    MarkdownRenderer markdown,
    TermService terms,
    ILogger<NewsroomService> logger)
{
    /// <summary>How long the scheduler leaves a story alone after applying its due change failed.</summary>
    public static readonly TimeSpan ScheduleRetryAfter = TimeSpan.FromMinutes(10);

    // Where a check and the write it allows must be one step across processes (PostgreSQL reads committed data, so two
    // nodes could both find a key or a slug free), the transaction holds one of these until it ends: the story-keys
    // lock before the terms lock (TermService) before the slugs lock, never the other way round.
    private const string StoryKeysLock = "story-keys";
    private const string SlugsLock = "slugs";

    public Task<Story> CreateStoryAsync(
        StoryFields fields, string sourceLanguage, IReadOnlyList<(string Language, TranslationEdit Edit)> translations, string user, CancellationToken cancellationToken = default) =>
        CreateAsync(fields, sourceLanguage, translations, user, RevisionNotes.Create, null, cancellationToken);

    /// <summary>
    /// A new draft story made from another as a template: the same shared fields (the working ones) and each
    /// translation's working text as a draft, under a new key and new slugs. The original is not changed.
    /// </summary>
    public async Task<Story> DuplicateAsync(int storyId, string user, CancellationToken cancellationToken = default)
    {
        var original = await db.Stories.AsNoTracking().Include(s => s.Translations).FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken)
            ?? throw new NotFoundException($"Story {storyId} not found.");
        var texts = new List<(string Language, TranslationEdit Edit)>();
        foreach (var translation in original.Translations.OrderBy(t => t.Language == original.SourceLanguage ? 0 : 1).ThenBy(t => t.Language, StringComparer.Ordinal))
        {
            var text = await WorkingTextAsync(translation, cancellationToken);
            texts.Add((translation.Language, text with { Slug = null }));
        }

        return await CreateAsync(
            WorkingFieldsOf(original), original.SourceLanguage, texts, user, RevisionNotes.CopyOf(original.Key),
            copy => audit.Add(user, AuditActions.Duplicate, copy.Key, original.Key), cancellationToken);
    }

    private async Task<Story> CreateAsync(
        StoryFields fields, string sourceLanguage, IReadOnlyList<(string Language, TranslationEdit Edit)> translations, string user, string note,
        Action<Story>? audited, CancellationToken cancellationToken)
    {
        if (!languages.IsSupported(sourceLanguage))
        {
            throw NewsroomValidationException.For("source", "Error.UnknownLanguage", sourceLanguage);
        }

        if (translations.Count == 0)
        {
            throw NewsroomValidationException.For("translations", "Error.NoTranslation");
        }

        ValidateFields(fields);
        // Two press officers creating stories with the same title at once would both find the key free: creations take
        // turns from the key's choice to the commit, and should a clash still happen the loser retries with the next key.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await InTransactionAsync(async () =>
                {
                    await db.LockForTransactionAsync(StoryKeysLock, cancellationToken);
                    var now = Now();
                    var story = new Story { Key = await NewKeyAsync(translations[0].Edit.Title, now, cancellationToken), SourceLanguage = sourceLanguage, CreatedUtc = now };
                    (await terms.ResolveAsync(fields, newTerms: null, cancellationToken)).ApplyTo(story);
                    db.Stories.Add(story);
                    foreach (var (language, edit) in translations.OrderBy(t => t.Language == sourceLanguage ? 0 : 1))
                    {
                        if (!languages.IsSupported(language))
                        {
                            throw NewsroomValidationException.For("translations", "Error.UnknownLanguage", language);
                        }

                        if (story.Translations.Any(t => t.Language == language))
                        {
                            throw NewsroomValidationException.For("translations", "Error.TwoTranslations", language);
                        }

                        var translation = await AddTranslationAsync(story, language, edit, cancellationToken);
                        Touch(story, translation, user, note, now);
                    }

                    audited?.Invoke(story);
                    await CommitAsync(story, cancellationToken);
                    return story;
                }, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < 5 && IsUniqueKeyClash(ex))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<Story> LoadAsync(int storyId, CancellationToken cancellationToken = default) =>
        await db.Stories.Include(s => s.Translations).FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken)
        ?? throw new NotFoundException($"Story {storyId} not found.");

    public async Task<Story> LoadAsync(string key, CancellationToken cancellationToken = default) =>
        await db.Stories.Include(s => s.Translations).FirstOrDefaultAsync(s => s.Key == key, cancellationToken)
        ?? throw new NotFoundException($"Story '{key}' not found.");

    /// <summary>The text an editor works on: the unpublished changes when there are some, else the saved text.</summary>
    public async Task<TranslationEdit> WorkingTextAsync(Translation translation, CancellationToken cancellationToken = default) =>
        WorkingText(translation, await PendingOfAsync(translation, cancellationToken));

    /// <summary>The working text when the pending revision (<see cref="PendingOfAsync"/>) is already at hand.</summary>
    public static TranslationEdit WorkingText(Translation translation, TranslationRevision? pending) =>
        pending is not null ? TextOf(pending) : TextOf(translation);

    public async Task<TranslationRevision?> PendingOfAsync(Translation translation, CancellationToken cancellationToken = default) =>
        translation.PendingRevisionId is { } id
            ? await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;

    /// <summary>The shared fields an editor works on: the unpublished ones when there are some.</summary>
    public static StoryFields WorkingFieldsOf(Story story) =>
        story.PendingFields is { } json ? JsonSerializer.Deserialize<StoryFields>(json)! : StoryFields.Of(story);

    /// <summary>Saves the shared fields; kept as unpublished changes while a translation is published.</summary>
    public Task UpdateFieldsAsync(int storyId, StoryFields fields, int? expectedVersion, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            StageFields(story, await terms.ResolveAsync(fields, newTerms: null, cancellationToken), expectedVersion, null, user, Now());
            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Saves a translation's text (adding the translation when the story lacks that language).</summary>
    /// <param name="expectedVersion">The version the editor started from; null for a new translation.</param>
    /// <param name="reviewedAgainstSource">The author checked it against the current source: clears "outdated".</param>
    public Task<Translation> SaveTranslationAsync(
        int storyId, string language, TranslationEdit edit, int? expectedVersion, bool reviewedAgainstSource, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            var translation = await StageTextAsync(story, new EditorColumn(language, edit, expectedVersion, null, reviewedAgainstSource), user, Now(), cancellationToken);
            await CommitAsync(story, cancellationToken);
            return translation!;
        }, cancellationToken);

    /// <summary>
    /// The side-by-side editor's one save: shared fields and every column in one transaction, each with its own
    /// version check, then at most one workflow action. Nothing is saved when any part fails.
    /// </summary>
    public Task SaveEditorAsync(int storyId, EditorSave save, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var now = Now();
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            if (save.Fields is { } fields)
            {
                var newTerms = save.CreateTerms ? new NewTerms(story.SourceLanguage is "ky" or "ru" ? story.SourceLanguage : "ru", user) : null;
                StageFields(story, await terms.ResolveAsync(fields, newTerms, cancellationToken), save.FieldsVersion, save.FieldsOriginal, user, now);
            }

            foreach (var column in save.Columns)
            {
                await StageTextAsync(story, column, user, now, cancellationToken, skipBlank: true);
            }

            if (save.Action is { } action)
            {
                await db.SaveChangesAsync(cancellationToken);
                await ApplyActionAsync(story, action, user, now, cancellationToken);
            }

            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    public Task SubmitForReviewAsync(int translationId, int? expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(translationId, expectedVersion, (story, translation, now) => SubmitAsync(story, translation, user, now, cancellationToken), cancellationToken);

    /// <summary>
    /// Publishes now, or schedules for <paramref name="atUtc"/>; <paramref name="unpublishUtc"/> ends it. Unpublished
    /// changes of the translation and of the shared fields go public with it.
    /// </summary>
    public Task PublishAsync(int translationId, int? expectedVersion, DateTime? atUtc, DateTime? unpublishUtc, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(translationId, expectedVersion, (story, translation, now) => PublishAsync(story, translation, atUtc, unpublishUtc, user, now, cancellationToken), cancellationToken);

    public Task UnpublishAsync(int translationId, int? expectedVersion, string user, CancellationToken cancellationToken = default) =>
        ChangeAsync(translationId, expectedVersion, (story, translation, now) => UnpublishAsync(story, translation, user, now, cancellationToken), cancellationToken);

    /// <summary>Makes the unpublished shared fields public.</summary>
    public Task PublishFieldsAsync(int storyId, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            PublishFields(story, user, Now());
            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Restores a revision's text as a new save (unpublished changes while the translation is published).</summary>
    public Task RestoreAsync(int revisionId, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId, cancellationToken)
                ?? throw new NotFoundException($"Revision {revisionId} not found.");
            var storyId = await db.Translations.Where(t => t.Id == revision.TranslationId).Select(t => t.StoryId).FirstAsync(cancellationToken);
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            var translation = story.Translations.First(t => t.Id == revision.TranslationId);
            await StageTextAsync(story, new EditorColumn(translation.Language, TextOf(revision), null, null, false), user, Now(), cancellationToken, note: RevisionNotes.RestoreOf(revision.Id));
            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Moves a story to the trash: nothing of it is public any more, and it leaves the search index.</summary>
    public Task DeleteStoryAsync(int storyId, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            story.DeletedUtc = Now();
            story.DeletedBy = user;
            audit.Add(user, AuditActions.Delete, story.Key, AuditDetails.MovedToTrash);
            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Takes a story out of the trash: what was published and is still due is public again.</summary>
    public Task RestoreFromTrashAsync(int storyId, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var story = await LoadAsync(storyId, cancellationToken);
            if (!story.IsInTrash)
            {
                throw NewsroomValidationException.For("story", "Error.NotInTrash");
            }

            story.DeletedUtc = null;
            story.DeletedBy = null;
            audit.Add(user, AuditActions.RestoreFromTrash, story.Key);
            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Deletes a story from the trash for good; <paramref name="confirmKey"/> must repeat its key.</summary>
    public Task PurgeAsync(int storyId, string? confirmKey, string user, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async () =>
        {
            var story = await LoadAsync(storyId, cancellationToken);
            if (!story.IsInTrash)
            {
                throw NewsroomValidationException.For("story", "Error.PurgeNotInTrash");
            }

            if (!string.Equals(confirmKey?.Trim(), story.Key, StringComparison.Ordinal))
            {
                throw NewsroomValidationException.For("confirm", "Error.PurgeConfirm", story.Key);
            }

            foreach (var translation in story.Translations)
            {
                translation.IsLive = false;
            }

            foreach (var sink in sinks)
            {
                await sink.StoryChangedAsync(story, cancellationToken);
            }

            db.Stories.Remove(story);
            audit.Add(user, AuditActions.Purge, story.Key);
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>
    /// Applies any publish or unpublish whose time has come, each story on its own: one that fails is logged,
    /// marked for the manager and left alone for <see cref="ScheduleRetryAfter"/>; the others go out on time.
    /// Returns when the next one is due. Safe when several processes run it at once: each story is locked in its
    /// transaction and looked at again there, so what another process applied meanwhile is not applied (nor audited)
    /// twice.
    /// </summary>
    public async Task<DateTime?> ApplyDueAsync(CancellationToken cancellationToken = default) =>
        (await RunDueAsync(cancellationToken)).Next;

    /// <summary>Applies every due publication and unpublication, each story on its own, and says how it went.</summary>
    public async Task<ScheduledRun> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now();
        var retryBefore = now - ScheduleRetryAfter;
        var due = await db.Translations
            .Where(t => t.Story.DeletedUtc == null && (t.Story.ScheduleErrorUtc == null || t.Story.ScheduleErrorUtc <= retryBefore))
            .Where(t => (!t.IsLive && t.Status == TranslationStatus.Published && t.PublishedUtc <= now && (t.UnpublishUtc == null || t.UnpublishUtc > now))
                || (t.IsLive && (t.Status != TranslationStatus.Published || t.PublishedUtc > now || t.UnpublishUtc <= now))
                || (t.Status == TranslationStatus.Published && t.UnpublishUtc <= now))
            .Select(t => t.StoryId).Distinct().OrderBy(id => id).Take(200).ToListAsync(cancellationToken);
        var applied = 0;
        foreach (var storyId in due)
        {
            try
            {
                await InTransactionAsync(async () =>
                {
                    await db.LockForTransactionAsync(StoryLock(storyId), cancellationToken);
                    var story = await db.Stories.Include(s => s.Translations).FirstOrDefaultAsync(s => s.Id == storyId, cancellationToken);
                    if (story is null || story.IsInTrash || !ApplyDue(story, now))
                    {
                        return 0; // purged, trashed or applied by another process since the list was read
                    }

                    await CommitAsync(story, cancellationToken);
                    return 0;
                }, cancellationToken);
                applied++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogScheduleFailed(logger, ex, storyId);
                var message = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                await db.Stories.Where(s => s.Id == storyId)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ScheduleError, message).SetProperty(x => x.ScheduleErrorUtc, now), cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        var waiting = db.Translations.Where(t => t.Status == TranslationStatus.Published && t.Story.DeletedUtc == null && t.Story.ScheduleErrorUtc == null);
        var nextPublish = await waiting.Where(t => !t.IsLive && t.PublishedUtc > now).MinAsync(t => t.PublishedUtc, cancellationToken);
        var nextUnpublish = await waiting.Where(t => t.UnpublishUtc > now).MinAsync(t => t.UnpublishUtc, cancellationToken);
        return new ScheduledRun(applied, due.Count - applied, new[] { nextPublish, nextUnpublish }.Where(d => d is not null).Min());
    }

    public static Translation? SourceOf(Story story) =>
        story.Translations.FirstOrDefault(t => t.Language == story.SourceLanguage);

    public static bool IsOutdated(Story story, Translation translation) =>
        SourceOf(story) is { } source && source != translation
        && translation.TranslatedFromRevision is { } from && from < source.Revision;

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            signal.Notify(); // only now: the scheduler reads the times from the database, and before the commit it would not see them
            terms.AfterCommit();
            await freshness.AfterCommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Whatever was tracked belongs to the rolled-back transaction.
            db.ChangeTracker.Clear();
            freshness.AfterRollback();
            throw;
        }
    }

    private Task ChangeAsync(int translationId, int? expectedVersion, Func<Story, Translation, DateTime, Task> change, CancellationToken cancellationToken) =>
        InTransactionAsync(async () =>
        {
            var storyId = await db.Translations.Where(t => t.Id == translationId).Select(t => (int?)t.StoryId).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"Translation {translationId} not found.");
            var story = await LoadForChangeAsync(storyId, cancellationToken);
            var translation = story.Translations.First(t => t.Id == translationId);
            if (expectedVersion is { } expected && expected != translation.Version)
            {
                throw await ConflictAsync(translation, await WorkingTextAsync(translation, cancellationToken), cancellationToken);
            }

            await change(story, translation, Now());
            await CommitAsync(story, cancellationToken);
            return 0;
        }, cancellationToken);

    private async Task<Story> LoadForChangeAsync(int storyId, CancellationToken cancellationToken)
    {
        var story = await LoadAsync(storyId, cancellationToken);
        if (story.IsInTrash)
        {
            throw NewsroomValidationException.For("story", "Error.InTrash");
        }

        return story;
    }

    private async Task ApplyActionAsync(Story story, EditorAction action, string user, DateTime now, CancellationToken cancellationToken)
    {
        if (action.Verb == EditorVerb.PublishFields)
        {
            PublishFields(story, user, now);
            return;
        }

        var translation = story.Translations.FirstOrDefault(t => t.Language == action.Language)
            ?? throw NewsroomValidationException.For("language", "Error.NoSuchTranslation", action.Language ?? "");
        switch (action.Verb)
        {
            case EditorVerb.Submit:
                await SubmitAsync(story, translation, user, now, cancellationToken);
                break;
            case EditorVerb.Publish:
                await PublishAsync(story, translation, null, action.UntilUtc, user, now, cancellationToken);
                break;
            case EditorVerb.Schedule:
                await PublishAsync(story, translation, action.AtUtc ?? throw NewsroomValidationException.For("at", "Error.ChooseTime"), action.UntilUtc, user, now, cancellationToken);
                break;
            case EditorVerb.Unpublish:
                await UnpublishAsync(story, translation, user, now, cancellationToken);
                break;
            default:
                throw NewsroomValidationException.For("then", "Error.UnknownAction", "");
        }
    }

    /// <summary>Stages one column's text; returns the translation, or null for a blank column of a missing language.</summary>
    private async Task<Translation?> StageTextAsync(
        Story story, EditorColumn column, string user, DateTime now, CancellationToken cancellationToken, bool skipBlank = false, string note = RevisionNotes.Save)
    {
        if (!languages.IsSupported(column.Language))
        {
            throw NewsroomValidationException.For("language", "Error.UnknownLanguage", column.Language);
        }

        var translation = story.Translations.FirstOrDefault(t => t.Language == column.Language);
        if (translation is null)
        {
            var edit = column.Edit;
            if (skipBlank && string.IsNullOrWhiteSpace(edit.Title) && string.IsNullOrWhiteSpace(edit.Summary) && string.IsNullOrWhiteSpace(edit.Body))
            {
                return null;
            }

            translation = await AddTranslationAsync(story, column.Language, edit, cancellationToken);
            Touch(story, translation, user, note, now);
            return translation;
        }

        var pending = await PendingOfAsync(translation, cancellationToken);
        var working = WorkingText(translation, pending);
        var text = await ValidateTextAsync(story, translation, column.Edit, working.Slug, cancellationToken);
        if (column.ExpectedVersion is { } expected && expected != translation.Version)
        {
            if (column.Original is { } original && string.Equals(TextFingerprint.Of(text), original, StringComparison.Ordinal))
            {
                return translation; // not touched in this form: someone else's newer save stands
            }

            throw await ConflictAsync(translation, working, cancellationToken, column.Edit);
        }

        var translatedFrom = pending?.TranslatedFromRevision ?? translation.TranslatedFromRevision;
        if (column.Reviewed && SourceOf(story) is { } source && source != translation)
        {
            translatedFrom = source.Revision;
        }

        if (text == working && translatedFrom == (pending?.TranslatedFromRevision ?? translation.TranslatedFromRevision))
        {
            return translation;
        }

        if (translation.Status == TranslationStatus.Published)
        {
            await StagePendingAsync(story, translation, text, translatedFrom, TranslationStatus.Draft, user, note, now, cancellationToken);
        }
        else
        {
            translation.TranslatedFromRevision = translatedFrom;
            await ApplyTextAsync(translation, text, cancellationToken);
            Touch(story, translation, user, note, now);
        }

        return translation;
    }

    /// <summary>Keeps <paramref name="text"/> as the translation's unpublished changes (or drops them when it is the published text).</summary>
    private async Task StagePendingAsync(
        Story story, Translation translation, TranslationEdit text, int? translatedFrom, TranslationStatus pendingStatus, string user, string note, DateTime now, CancellationToken cancellationToken)
    {
        translation.Version++;
        if (text == TextOf(translation) && translatedFrom == translation.TranslatedFromRevision)
        {
            translation.PendingRevisionId = null;
            AddRevision(story, translation, TextOf(translation), translation.Status, user, note, now);
            return;
        }

        var revision = AddRevision(story, translation, text, pendingStatus, user, RevisionNotes.Pending(note), now);
        revision.TranslatedFromRevision = translatedFrom;
        await db.SaveChangesAsync(cancellationToken);
        translation.PendingRevisionId = revision.Id;
    }

    private void StageFields(Story story, StoryFields fields, int? expectedVersion, string? original, string user, DateTime now)
    {
        ValidateFields(fields);
        var wanted = fields.Normalized();
        var working = WorkingFieldsOf(story).Normalized();
        if (expectedVersion is { } expected && expected != story.Version)
        {
            if (original is not null && string.Equals(TextFingerprint.Of(wanted), original, StringComparison.Ordinal))
            {
                return;
            }

            throw new FieldsConflictException(working);
        }

        if (wanted.SameAs(working))
        {
            return;
        }

        story.Version++;
        if (story.HasPublishedTranslation)
        {
            story.PendingFields = wanted.SameAs(StoryFields.Of(story).Normalized()) ? null : JsonSerializer.Serialize(wanted);
        }
        else
        {
            wanted.ApplyTo(story);
        }

        var note = story.PendingFields is null ? RevisionNotes.SharedFields : RevisionNotes.Pending(RevisionNotes.SharedFields);
        foreach (var translation in story.Translations)
        {
            AddRevision(story, translation, TextOf(translation), translation.Status, user, note, now);
        }
    }

    private void PublishFields(Story story, string user, DateTime now)
    {
        if (story.PendingFields is null)
        {
            return;
        }

        WorkingFieldsOf(story).ApplyTo(story);
        story.PendingFields = null;
        story.Version++;
        audit.Add(user, AuditActions.Publish, story.Key, AuditDetails.SharedFields);
        foreach (var translation in story.Translations)
        {
            AddRevision(story, translation, TextOf(translation), translation.Status, user, RevisionNotes.PublishSharedFields, now);
        }
    }

    private async Task SubmitAsync(Story story, Translation translation, string user, DateTime now, CancellationToken cancellationToken)
    {
        if (translation.Status == TranslationStatus.Published)
        {
            if (await PendingOfAsync(translation, cancellationToken) is { } pending)
            {
                await StagePendingAsync(story, translation, TextOf(pending), pending.TranslatedFromRevision, TranslationStatus.InReview, user, RevisionNotes.Submit, now, cancellationToken);
            }

            return;
        }

        if (translation.Status is TranslationStatus.Draft or TranslationStatus.Unpublished)
        {
            translation.Status = TranslationStatus.InReview;
        }

        Touch(story, translation, user, RevisionNotes.Submit, now);
    }

    private async Task PublishAsync(Story story, Translation translation, DateTime? atUtc, DateTime? unpublishUtc, string user, DateTime now, CancellationToken cancellationToken)
    {
        var at = atUtc is { } requested ? Truncate(requested) : translation.IsLive ? translation.PublishedUtc ?? now : now;
        if (atUtc is { Year: < ContentLimits.FirstYear or > ContentLimits.LastYear })
        {
            throw NewsroomValidationException.For("at", "Error.PublishYears", ContentLimits.FirstYear, ContentLimits.LastYear);
        }

        if (unpublishUtc is { Year: < ContentLimits.FirstYear or > ContentLimits.LastYear })
        {
            throw NewsroomValidationException.For("unpublishAt", "Error.UnpublishYears", ContentLimits.FirstYear, ContentLimits.LastYear);
        }

        if (unpublishUtc is { } end && Truncate(end) <= (atUtc is null ? now : at))
        {
            throw NewsroomValidationException.For("unpublishAt", "Error.UnpublishOrder");
        }

        await ApplyPendingAsync(translation, cancellationToken);
        PublishFields(story, user, now);
        translation.Status = TranslationStatus.Published;
        translation.PublishedUtc = at;
        translation.UnpublishUtc = unpublishUtc is { } u ? Truncate(u) : null;
        var action = at > now ? AuditActions.Schedule : AuditActions.Publish;
        audit.Add(user, action, $"{story.Key}/{translation.Language}", at.ToString("u", CultureInfo.InvariantCulture));
        Touch(story, translation, user, action, now);
    }

    private async Task UnpublishAsync(Story story, Translation translation, string user, DateTime now, CancellationToken cancellationToken)
    {
        // Nothing of it is public any more: its unpublished changes become its text.
        await ApplyPendingAsync(translation, cancellationToken);
        translation.Status = TranslationStatus.Unpublished;
        translation.UnpublishUtc = null;
        if (!story.HasPublishedTranslation && story.PendingFields is not null)
        {
            WorkingFieldsOf(story).ApplyTo(story);
            story.PendingFields = null;
            story.Version++;
        }

        audit.Add(user, AuditActions.Unpublish, $"{story.Key}/{translation.Language}");
        Touch(story, translation, user, RevisionNotes.Unpublish, now);
    }

    private async Task ApplyPendingAsync(Translation translation, CancellationToken cancellationToken)
    {
        if (await PendingOfAsync(translation, cancellationToken) is not { } pending)
        {
            return;
        }

        await ApplyTextAsync(translation, TextOf(pending), cancellationToken);
        translation.TranslatedFromRevision = pending.TranslatedFromRevision;
        translation.PendingRevisionId = null;
    }

    /// <summary>Records what is due in the story; false when nothing is (a process that ran before us applied it).</summary>
    private bool ApplyDue(Story story, DateTime now)
    {
        var changed = story.Translations.Any(t => t.IsLive != t.ShouldBeLive(now));
        foreach (var translation in story.Translations)
        {
            if (translation.Status == TranslationStatus.Published && translation.UnpublishUtc <= now)
            {
                translation.Status = TranslationStatus.Unpublished;
                translation.Version++;
                AddRevision(story, translation, TextOf(translation), translation.Status, PublishingScheduler.Actor, RevisionNotes.Expired, now);
                audit.Add(PublishingScheduler.Actor, AuditActions.Unpublish, $"{story.Key}/{translation.Language}", AuditDetails.UnpublishTimeReached);
                changed = true;
            }
            else if (!translation.IsLive && translation.ShouldBeLive(now))
            {
                audit.Add(PublishingScheduler.Actor, AuditActions.Publish, $"{story.Key}/{translation.Language}", AuditDetails.ScheduledTimeReached);
            }
        }

        return changed;
    }

    /// <summary>The lock a change to one story takes where a check and its write must be one step across processes.</summary>
    private static string StoryLock(int storyId) => "story:" + storyId.ToString(CultureInfo.InvariantCulture);

    private async Task<EditConflictException> ConflictAsync(Translation translation, TranslationEdit theirs, CancellationToken cancellationToken, TranslationEdit? yours = null)
    {
        var last = await db.Revisions.AsNoTracking().Where(r => r.TranslationId == translation.Id)
            .OrderByDescending(r => r.Id).Select(r => new { r.SavedBy, r.SavedUtc }).FirstOrDefaultAsync(cancellationToken);
        return new EditConflictException(translation.Language, theirs, translation.Version, last?.SavedBy ?? "?", last?.SavedUtc ?? translation.UpdatedUtc, yours ?? theirs);
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
        var text = await ValidateTextAsync(story, translation, edit, null, cancellationToken);
        story.Translations.Add(translation);
        await ApplyTextAsync(translation, text, cancellationToken);
        return translation;
    }

    /// <summary>
    /// Checks and normalises submitted text. An empty slug keeps <paramref name="currentSlug"/> (a live URL never
    /// moves because a field was left out); a new translation's slug is made from its title.
    /// </summary>
    private async Task<TranslationEdit> ValidateTextAsync(Story story, Translation translation, TranslationEdit edit, string? currentSlug, CancellationToken cancellationToken)
    {
        var title = edit.Title.Trim();
        var errors = RuleViolation.ToErrors(StoryRules.Check(edit));

        var slug = !string.IsNullOrWhiteSpace(edit.Slug) ? edit.Slug.Trim()
            : !string.IsNullOrEmpty(currentSlug) ? currentSlug
            : Slugifier.FromTitle(title, translation.Language);
        if (slug.Length == 0)
        {
            slug = "story-" + story.Key;
        }

        if (!Slugifier.IsValid(slug))
        {
            errors["slug"] = [new UiMessage("Error.SlugForm", slug)];
        }

        if (errors.Count > 0)
        {
            throw new NewsroomValidationException(errors);
        }

        if (string.IsNullOrWhiteSpace(edit.Slug) && string.IsNullOrEmpty(currentSlug))
        {
            slug = await UniqueSlugAsync(translation.Language, slug, translation.Id, cancellationToken);
        }
        else
        {
            await CheckSlugFreeAsync(translation, slug, cancellationToken);
        }

        return new TranslationEdit(title, slug, edit.Summary.ReplaceLineEndings(" ").Trim(), edit.Body.ReplaceLineEndings("\n").Trim());
    }

    private async Task CheckSlugFreeAsync(Translation translation, string slug, CancellationToken cancellationToken)
    {
        if (!string.Equals(slug, translation.Slug, StringComparison.Ordinal))
        {
            await db.LockForTransactionAsync(SlugsLock, cancellationToken);
        }

        if (await db.Translations.AnyAsync(t => t.Language == translation.Language && t.Slug == slug && t.Id != translation.Id, cancellationToken))
        {
            throw NewsroomValidationException.For("slug", "Error.SlugTaken", slug);
        }
    }

    /// <summary>Makes checked text the translation's own (the one readers see once it is live).</summary>
    private async Task ApplyTextAsync(Translation translation, TranslationEdit text, CancellationToken cancellationToken)
    {
        var slug = text.Slug!;
        if (translation.Slug.Length > 0 && translation.Slug != slug)
        {
            await CheckSlugFreeAsync(translation, slug, cancellationToken);
            db.SlugRedirects.RemoveRange(db.SlugRedirects.Where(r => r.Language == translation.Language && (r.Slug == slug || r.Slug == translation.Slug)));
            db.SlugRedirects.Add(new SlugRedirect { Language = translation.Language, Slug = translation.Slug, Translation = translation });
        }

        var textChanged = translation.Title != text.Title || translation.Summary != text.Summary || translation.Body != text.Body;
        translation.Title = text.Title;
        translation.Slug = slug;
        translation.Summary = text.Summary;
        if (translation.Body != text.Body || translation.BodyHtml is null)
        {
            translation.Body = text.Body;
            translation.BodyHtml = markdown.ToHtml(text.Body);
        }

        if (textChanged)
        {
            translation.Revision++;
        }
    }

    /// <summary>Records a save of the translation's own text: a new version and a revision.</summary>
    private void Touch(Story story, Translation translation, string user, string note, DateTime now)
    {
        translation.UpdatedUtc = now;
        translation.Version++;
        AddRevision(story, translation, TextOf(translation), translation.Status, user, note, now);
    }

    private async Task CommitAsync(Story story, CancellationToken cancellationToken)
    {
        story.RefreshLive(Now());
        story.ScheduleError = null;
        story.ScheduleErrorUtc = null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Someone saved between our version check and this save.
            throw ex.Entries.Select(e => e.Entity).OfType<Translation>().FirstOrDefault() is { } translation
                ? new EditConflictException(translation.Language, TextOf(translation), translation.Version, "?", translation.UpdatedUtc, TextOf(translation))
                : new FieldsConflictException(StoryFields.Of(story));
        }

        foreach (var sink in sinks)
        {
            await sink.StoryChangedAsync(story, cancellationToken);
        }
    }

    private TranslationRevision AddRevision(Story story, Translation translation, TranslationEdit text, TranslationStatus status, string user, string note, DateTime now)
    {
        var revision = new TranslationRevision
        {
            Translation = translation,
            ContentRevision = translation.Revision,
            Title = text.Title,
            Slug = text.Slug ?? translation.Slug,
            Summary = text.Summary,
            Body = text.Body,
            Status = status,
            PublishedUtc = translation.PublishedUtc,
            UnpublishUtc = translation.UnpublishUtc,
            TranslatedFromRevision = translation.TranslatedFromRevision,
            StoryFields = story.PendingFields ?? JsonSerializer.Serialize(StoryFields.Of(story)),
            SavedUtc = now,
            SavedBy = user,
            Note = note.Length > 200 ? note[..200] : note,
        };
        db.Revisions.Add(revision);
        return revision;
    }

    private static TranslationEdit TextOf(Translation translation) => new(translation.Title, translation.Slug, translation.Summary, translation.Body);

    private static TranslationEdit TextOf(TranslationRevision revision) => new(revision.Title, revision.Slug, revision.Summary, revision.Body);

    private void ValidateFields(StoryFields fields)
    {
        var violations = StoryRules.Check(fields.Normalized()).ToList();
        if (fields.Details.AddressLines.Keys.FirstOrDefault(code => !languages.IsSupported(code)) is { } unknown)
        {
            violations.Add(new("venueAddress", new UiMessage("Error.AddressLanguage", unknown, string.Join(", ", languages.Codes))));
        }

        if (violations.Count > 0)
        {
            throw new NewsroomValidationException(RuleViolation.ToErrors(violations));
        }
    }

    private async Task<string> UniqueSlugAsync(string language, string slug, int ownId, CancellationToken cancellationToken)
    {
        await db.LockForTransactionAsync(SlugsLock, cancellationToken);
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

    private static bool IsUniqueKeyClash(DbUpdateException ex) =>
        ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        && ex.InnerException.Message.Contains("Key", StringComparison.Ordinal);

    private DateTime Now() => Truncate(time.GetUtcNow().UtcDateTime);

    private static DateTime Truncate(DateTime at) =>
        new(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    [LoggerMessage(LogLevel.Error, "Applying the scheduled change of story {StoryId} failed; the others go on, this one is retried later")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception, int storyId);
}
