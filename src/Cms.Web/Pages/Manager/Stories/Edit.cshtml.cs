using System.Globalization;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Markdown;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Diffing;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager.Stories;

/// <summary>
/// The editor: the shared fields once, two translations side by side (any two languages), each with its live
/// preview, workflow buttons and, when its source changed since it was made, the source's diff. One form and one
/// save for everything on the page; a failed save keeps every typed character on the page.
/// </summary>
internal sealed class EditModel(
    CmsDbContext db, NewsroomService newsroom, MarkdownRenderer markdown, IAuthorizationService authorization, SiteLanguages languages, SiteClock clock,
    TermService terms, TermFallback fallback)
    : ManagerPageModel(languages, clock)
{
    private TermCatalog catalog = TermCatalog.Empty;

    [FromQuery(Name = "left")]
    public string? Left { get; set; }

    [FromQuery(Name = "right")]
    public string? Right { get; set; }

    public Story Story { get; private set; } = null!;

    public IReadOnlyList<EditorColumnView> Columns { get; private set; } = [];

    /// <summary>The shared fields in the form: typed ones when a save failed, else the working ones.</summary>
    public StoryFields Fields { get; private set; } = null!;

    public string FieldsOriginal { get; private set; } = "";

    public int FieldsVersion { get; private set; }

    public Dictionary<string, UiMessage[]> Errors { get; } = new(StringComparer.Ordinal);

    public EditConflictException? Conflict { get; private set; }

    public bool FieldsConflict { get; private set; }

    /// <summary>What the last save did, said in the UI language ("Published in Русский at 10:00").</summary>
    public UiMessage? Done { get; private set; }

    public IReadOnlyList<MediaItem> RecentMedia { get; private set; } = [];

    private EditorForm? posted;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!LanguagesAreValid())
        {
            return BadRequest();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Done = DoneMessage(TempData["saved"] as string);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, EditorForm form, CancellationToken cancellationToken)
    {
        if (!LanguagesAreValid() || form.Columns.Count > Languages.All.Count
            || form.Columns.Any(c => !Languages.IsSupported(c.Language))
            || form.Columns.Select(c => c.Language).Distinct(StringComparer.Ordinal).Count() != form.Columns.Count)
        {
            return BadRequest();
        }

        posted = form;
        try
        {
            var action = ParseAction(form);
            if (action is { Verb: not EditorVerb.Submit } && !(await authorization.AuthorizeAsync(User, Accounts.Policies.Editor)).Succeeded)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
                Errors["role"] = [new UiMessage("Error.EditorOnly")];
                return await ReloadAsync(id, cancellationToken);
            }

            // A form without the shared fields (kind is always there when they are) saves the columns only.
            var fields = form.Kind is null ? null : new StoryFields(
                ParseKind(form.Kind),
                ParseDate(form.EventStart, "eventStart"),
                ParseDate(form.EventEnd, "eventEnd"),
                EditorForm.Lines(form.Places),
                EditorForm.Lines(form.Organisers),
                form.Project,
                EditorForm.Lines(form.Tags),
                form.Image,
                new EventDetails(
                    EventRules.ParseTime(form.EventStartTime, "eventStartTime"),
                    EventRules.ParseTime(form.EventEndTime, "eventEndTime"),
                    form.Venue,
                    form.OnlineUrl,
                    form.RegistrationUrl,
                    ParseDate(form.RegistrationDeadline, "registrationDeadline"),
                    form.VenueAddress.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal)));
            var columns = form.Columns.Select(c => new EditorColumn(
                c.Language, new TranslationEdit(c.Title ?? "", c.Slug, c.Summary ?? "", c.Body ?? ""), c.Version, c.Original, c.Reviewed)).ToList();
            await newsroom.SaveEditorAsync(id, new EditorSave(fields, form.FieldsVersion, form.FieldsOriginal, columns, action, CreateTerms: true), UserName, cancellationToken);
            TempData["saved"] = action is null ? "all" : action.Verb + ":" + action.Language;
            return Redirect($"/manager/stories/{id}?left={Left}&right={Right}");
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var (field, messages) in ex.Messages)
            {
                Errors[field] = messages;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (EditConflictException ex)
        {
            Conflict = ex;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (FieldsConflictException)
        {
            FieldsConflict = true;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return await ReloadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await RunTrashActionAsync(Accounts.Policies.Editor, () => newsroom.DeleteStoryAsync(id, UserName, cancellationToken), id, cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        await RunTrashActionAsync(Accounts.Policies.Editor, () => newsroom.RestoreFromTrashAsync(id, UserName, cancellationToken), id, cancellationToken);

    public async Task<IActionResult> OnPostPurgeAsync(int id, string? confirm, CancellationToken cancellationToken) =>
        await RunTrashActionAsync(Accounts.Policies.Admin, () => newsroom.PurgeAsync(id, confirm, UserName, cancellationToken), id, cancellationToken, then: "/manager/trash");

    public async Task<IActionResult> OnPostDuplicateAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            var copy = await newsroom.DuplicateAsync(id, UserName, cancellationToken);
            TempData["saved"] = "duplicate";
            return Redirect($"/manager/stories/{copy.Id}");
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var (field, messages) in ex.Messages)
            {
                Errors[field] = messages;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReloadAsync(id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    public string Preview(string body) => markdown.ToHtmlOrPlain(body);

    private static DateOnly? TryDate(string? text)
    {
        try
        {
            return ParseDate(text, "date");
        }
        catch (NewsroomValidationException)
        {
            return null;
        }
    }

    /// <summary>An event input's value: as typed when a save failed, else the working value.</summary>
    public string EventValue(string field)
    {
        if (posted is { Kind: not null })
        {
            return field switch
            {
                nameof(EditorForm.EventStartTime) => posted.EventStartTime,
                nameof(EditorForm.EventEndTime) => posted.EventEndTime,
                nameof(EditorForm.Venue) => posted.Venue,
                nameof(EditorForm.OnlineUrl) => posted.OnlineUrl,
                nameof(EditorForm.RegistrationUrl) => posted.RegistrationUrl,
                _ => posted.RegistrationDeadline,
            } ?? "";
        }

        var details = Fields.Details;
        return field switch
        {
            nameof(EditorForm.EventStartTime) => details.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            nameof(EditorForm.EventEndTime) => details.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture),
            nameof(EditorForm.Venue) => details.Venue is { } venue ? TermFieldFor(Vocabulary.Place, [venue]).Lines : null,
            nameof(EditorForm.OnlineUrl) => details.OnlineUrl,
            nameof(EditorForm.RegistrationUrl) => details.RegistrationUrl,
            _ => DateValue(nameof(EditorForm.RegistrationDeadline)),
        } ?? "";
    }

    /// <summary>The venue's address line in one language: as typed when a save failed, else the working value.</summary>
    public string AddressValue(string language) =>
        (posted is { Kind: not null } ? posted.VenueAddress.GetValueOrDefault(language) : Fields.Details.AddressLines.GetValueOrDefault(language)) ?? "";

    /// <summary>A term field named by the UI's language where the site has it, else the story's.</summary>
    public TermField TermFieldFor(Vocabulary vocabulary, IEnumerable<string> entries)
    {
        var language = Languages.IsSupported(UiCulture.TwoLetterISOLanguageName) ? UiCulture.TwoLetterISOLanguageName : Story.SourceLanguage;
        var formName = vocabulary switch
        {
            Vocabulary.Place => nameof(EditorForm.Places),
            Vocabulary.Organisation => nameof(EditorForm.Organisers),
            Vocabulary.Project => nameof(EditorForm.Project),
            _ => nameof(EditorForm.Tags),
        };
        return TermField.For(catalog, vocabulary, formName, entries, language, fallback.For(Story.SourceLanguage));
    }

    /// <summary>The error of a schedule field, shown beside it in the column whose action failed.</summary>
    public UiMessage? FieldError(string language, string field) =>
        posted is not null && ActionLanguage(posted) == language && Errors.TryGetValue(field, out var messages) && messages.Length > 0
            ? messages[0]
            : null;

    /// <summary>The publication time input: what was typed when a save failed, else the scheduled time.</summary>
    public string AtValue(EditorColumnView column) =>
        posted?.Columns.FirstOrDefault(c => c.Language == column.Language) is { } typed
            ? typed.At ?? ""
            : column.Translation?.IsScheduled(Clock.UtcNow) == true ? InputValue(column.Translation.PublishedUtc) : "";

    public string UntilValue(EditorColumnView column) =>
        posted?.Columns.FirstOrDefault(c => c.Language == column.Language) is { } typed
            ? typed.Until ?? ""
            : InputValue(column.Translation?.UnpublishUtc);

    /// <summary>A time in the site's zone: the time alone when it is today there, else date and time (the culture's standard patterns).</summary>
    private string When(DateTime utc)
    {
        var local = Clock.ToLocal(utc);
        return local.Date == Clock.ToLocal(Clock.UtcNow).Date
            ? local.ToString("t", CultureInfo.CurrentCulture)
            : local.ToString("g", CultureInfo.CurrentCulture);
    }

    private static string? ActionLanguage(EditorForm form) =>
        form.Then?.Split(':', 2) is [_, var language] ? language : null;

    private UiMessage? DoneMessage(string? saved)
    {
        if (saved is null)
        {
            return null;
        }

        if (saved == "duplicate")
        {
            return new UiMessage("Done.Duplicate", Story.Key);
        }

        var parts = saved.Split(':', 2);
        if (parts.Length != 2 || !Enum.TryParse<EditorVerb>(parts[0], out var verb))
        {
            return new UiMessage("Manager.Saved");
        }

        var translation = Story.Translations.FirstOrDefault(t => t.Language == parts[1]);
        var name = Languages.Find(parts[1])?.Name ?? parts[1];
        return verb switch
        {
            EditorVerb.Publish when translation?.PublishedUtc is { } at => new UiMessage("Done.Publish", name, When(at)),
            EditorVerb.Schedule when translation?.PublishedUtc is { } at && translation.IsScheduled(Clock.UtcNow) => new UiMessage("Done.Schedule", name, When(at)),
            EditorVerb.Schedule when translation?.PublishedUtc is { } at => new UiMessage("Done.Publish", name, When(at)),
            EditorVerb.Unpublish => new UiMessage("Done.Unpublish", name),
            EditorVerb.Submit => new UiMessage("Done.Submit", name),
            EditorVerb.PublishFields => new UiMessage("Done.PublishFields"),
            _ => new UiMessage("Manager.Saved"),
        };
    }

    private async Task<IActionResult> RunTrashActionAsync(string policy, Func<Task> action, int id, CancellationToken cancellationToken, string? then = null)
    {
        if (!(await authorization.AuthorizeAsync(User, policy)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            await action();
            return Redirect(then ?? $"/manager/stories/{id}");
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var (field, messages) in ex.Messages)
            {
                Errors[field] = messages;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReloadAsync(id, cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> ReloadAsync(int id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private bool LanguagesAreValid() =>
        (Left is null || Languages.IsSupported(Left)) && (Right is null || Languages.IsSupported(Right));

    private EditorAction? ParseAction(EditorForm form)
    {
        var then = form.Then ?? "save";
        if (then == "save")
        {
            return null;
        }

        if (then == "publish-fields")
        {
            return new EditorAction(EditorVerb.PublishFields, null);
        }

        var parts = then.Split(':', 2);
        var verb = parts[0] switch
        {
            "submit" => EditorVerb.Submit,
            "publish" => EditorVerb.Publish,
            "schedule" => EditorVerb.Schedule,
            "unpublish" => EditorVerb.Unpublish,
            _ => throw NewsroomValidationException.For("then", "Error.UnknownAction", then),
        };
        var language = parts.Length == 2 ? parts[1] : "";
        var column = form.Columns.FirstOrDefault(c => c.Language == language)
            ?? throw NewsroomValidationException.For("then", "Error.UnknownAction", then);
        return new EditorAction(verb, language, FromInput(column.At, "at"), FromInput(column.Until, "until"));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Stories.AsNoTracking().Include(s => s.Translations).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (story is null)
        {
            return false;
        }

        Story = story;
        catalog = await terms.CatalogAsync(cancellationToken);
        var present = story.Translations.Select(t => t.Language).ToList();
        var left = Languages.IsSupported(Left) ? Left! : story.SourceLanguage;
        var right = Languages.IsSupported(Right) && Right != left
            ? Right!
            : present.FirstOrDefault(l => l != left) ?? Languages.All.Select(l => l.Code).First(l => l != left);
        Left = left;
        Right = right;

        var working = NewsroomService.WorkingFieldsOf(story);
        FieldsOriginal = TextFingerprint.Of(working);
        FieldsVersion = story.Version;
        Fields = working;
        if (posted is { Kind: not null })
        {
            Fields = new StoryFields(
                StoryKinds.TryParse(posted.Kind, out var kind) ? kind : working.Kind,
                TryDate(posted.EventStart),
                TryDate(posted.EventEnd),
                EditorForm.Lines(posted.Places), EditorForm.Lines(posted.Organisers), posted.Project, EditorForm.Lines(posted.Tags), posted.Image).Normalized();
            // Keep the version the user started from, unless they saw the conflict and save again to keep theirs.
            FieldsOriginal = FieldsConflict ? FieldsOriginal : posted.FieldsOriginal ?? FieldsOriginal;
            FieldsVersion = FieldsConflict ? story.Version : posted.FieldsVersion ?? story.Version;
        }

        var columns = new List<EditorColumnView>();
        foreach (var language in new[] { left, right })
        {
            columns.Add(await ColumnAsync(story, language, cancellationToken));
        }

        Columns = columns;
        RecentMedia = await db.Media.AsNoTracking().Include(m => m.AltTexts).OrderByDescending(m => m.Id).Take(8).ToListAsync(cancellationToken);
        return true;
    }

    private async Task<EditorColumnView> ColumnAsync(Story story, string language, CancellationToken cancellationToken)
    {
        var translation = story.Translations.FirstOrDefault(t => t.Language == language);
        var cell = MatrixCell.For(story, language, Clock.UtcNow);
        if (translation is null)
        {
            var typed = posted?.Columns.FirstOrDefault(c => c.Language == language) is { } column
                ? new TranslationEdit(column.Title ?? "", column.Slug, column.Summary ?? "", column.Body ?? "")
                : null;
            return new EditorColumnView(language, null, typed, null, null, null, cell, null, null);
        }

        var pending = await newsroom.PendingOfAsync(translation, cancellationToken);
        var text = NewsroomService.WorkingText(translation, pending);
        var version = (int?)translation.Version;
        var original = TextFingerprint.Of(text);
        if (posted?.Columns.FirstOrDefault(c => c.Language == language) is { } mine)
        {
            text = new TranslationEdit(mine.Title ?? "", mine.Slug, mine.Summary ?? "", mine.Body ?? "");
            // After a conflict in this column, saving again means "keep mine": it carries the stored version.
            var conflicted = Conflict?.Language == language;
            version = conflicted ? translation.Version : mine.Version;
            original = conflicted ? original : mine.Original ?? original;
        }

        var pendingDiff = pending is null ? null : TextDiff.ToHtml(TextDiff.Words(Joined(translation.Title, translation.Summary, translation.Body), Joined(pending.Title, pending.Summary, pending.Body)));
        return new EditorColumnView(language, translation, text, version, original, pending, cell, pendingDiff, await SourceDiffAsync(story, translation, cancellationToken));
    }

    /// <summary>What changed in the source since this translation was made from it, as HTML.</summary>
    private async Task<string?> SourceDiffAsync(Story story, Translation translation, CancellationToken cancellationToken)
    {
        if (!NewsroomService.IsOutdated(story, translation) || NewsroomService.SourceOf(story) is not { } source)
        {
            return null;
        }

        var then = await db.Revisions.AsNoTracking()
            .Where(r => r.TranslationId == source.Id && r.ContentRevision == translation.TranslatedFromRevision)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var before = then is null ? "" : Joined(then.Title, then.Summary, then.Body);
        return TextDiff.ToHtml(TextDiff.Words(before, Joined(source.Title, source.Summary, source.Body)));
    }

    private static string Joined(string title, string summary, string body) => title + "\n\n" + summary + "\n\n" + body;

    private static StoryKind ParseKind(string? kind) =>
        StoryKinds.TryParse(kind, out var parsed) ? parsed : throw NewsroomValidationException.For("kind", "Error.Kind", StoryKinds.Expected);

    /// <summary>A date typed in the UI culture's short pattern (ISO 8601 too), else a field error with an example.</summary>
    private static DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var culture = CultureInfo.CurrentCulture;
        return UiDates.TryParseDate(text, culture, out var date)
            || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : throw NewsroomValidationException.For(field, "Error.TypedDate", text, UiDates.DateExample(culture));
    }

    /// <summary>A date input's value: as typed when a save failed, else the working date in the UI culture's pattern.</summary>
    public string DateValue(string field)
    {
        if (posted is { Kind: not null })
        {
            return (field switch
            {
                nameof(EditorForm.EventStart) => posted.EventStart,
                nameof(EditorForm.EventEnd) => posted.EventEnd,
                _ => posted.RegistrationDeadline,
            }) ?? "";
        }

        var date = field switch
        {
            nameof(EditorForm.EventStart) => Fields.EventStart,
            nameof(EditorForm.EventEnd) => Fields.EventEnd,
            _ => Fields.Details.RegistrationDeadline,
        };
        return date is { } value ? UiDates.FormatDate(value, CultureInfo.CurrentCulture) : "";
    }
}
