using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Markdown;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Diffing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager.Stories;

/// <summary>
/// The editor: the shared fields once, two translations side by side (any two languages), each with its live
/// preview, workflow buttons and, when its source changed since it was made, the source's diff.
/// </summary>
internal sealed class EditModel(
    CmsDbContext db, NewsroomService newsroom, MarkdownRenderer markdown, IAuthorizationService authorization, SiteLanguages languages, SiteClock clock)
    : ManagerPageModel(languages, clock)
{
    [FromQuery(Name = "left")]
    public string? Left { get; set; }

    [FromQuery(Name = "right")]
    public string? Right { get; set; }

    public Story Story { get; private set; } = null!;

    public IReadOnlyList<string> Columns { get; private set; } = [];

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public string? ErrorLanguage { get; private set; }

    public EditConflictException? Conflict { get; private set; }

    public string? ConflictLanguage { get; private set; }

    public string? Saved { get; private set; }

    /// <summary>What the user typed, kept when a save fails so nothing is lost.</summary>
    public Dictionary<string, TranslationEdit> Pending { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<MediaItem> RecentMedia { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Saved = TempData["saved"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostFieldsAsync(
        int id, string kind, string? eventStart, string? eventEnd, string? places, string? organisers, string? project, string? tags, string? image, CancellationToken cancellationToken)
    {
        return await RunAsync(id, null, null, async () =>
        {
            var fields = new StoryFields(
                StoryKinds.Submitted(kind),
                ParseDate(eventStart, "eventStart"),
                ParseDate(eventEnd, "eventEnd"),
                SplitList(places),
                SplitList(organisers),
                project,
                SplitList(tags),
                image);
            await newsroom.UpdateFieldsAsync(id, fields, UserName, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(
        int id, string language, int? version, string title, string? slug, string? summary, string? body, bool reviewed, string? then,
        string? at, string? until, CancellationToken cancellationToken)
    {
        var edit = new TranslationEdit(title ?? "", slug, summary ?? "", body ?? "");
        return await RunAsync(id, language, edit, async () =>
        {
            var translation = await newsroom.SaveTranslationAsync(id, language, edit, version, reviewed, UserName, cancellationToken);
            switch (then)
            {
                case "submit":
                    await newsroom.SubmitForReviewAsync(translation.Id, translation.Version, UserName, cancellationToken);
                    break;
                case "publish" or "schedule":
                    await RequireEditorAsync();
                    await newsroom.PublishAsync(translation.Id, translation.Version, then == "schedule" ? FromInput(at) ?? throw NewsroomValidationException.For("at", "Choose the publication time.") : null, FromInput(until), UserName, cancellationToken);
                    break;
                case "unpublish":
                    await RequireEditorAsync();
                    await newsroom.UnpublishAsync(translation.Id, translation.Version, UserName, cancellationToken);
                    break;
                default:
                    break;
            }
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Accounts.Policies.Editor)).Succeeded)
        {
            return Forbid();
        }

        await newsroom.DeleteStoryAsync(id, UserName, cancellationToken);
        return Redirect("/manager");
    }

    public MatrixCell CellOf(string language) => MatrixCell.For(Story, language, Clock.UtcNow);

    public string Preview(string body) => markdown.ToHtmlOrPlain(body);

    /// <summary>What changed in the source since this translation was made from it, as HTML.</summary>
    public async Task<string?> SourceDiffAsync(Translation translation)
    {
        if (!NewsroomService.IsOutdated(Story, translation) || NewsroomService.SourceOf(Story) is not { } source)
        {
            return null;
        }

        var then = await db.Revisions.AsNoTracking()
            .Where(r => r.TranslationId == source.Id && r.ContentRevision == translation.TranslatedFromRevision)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        var before = then is null ? "" : then.Title + "\n\n" + then.Summary + "\n\n" + then.Body;
        var after = source.Title + "\n\n" + source.Summary + "\n\n" + source.Body;
        return TextDiff.ToHtml(TextDiff.Words(before, after));
    }

    private async Task<IActionResult> RunAsync(int id, string? language, TranslationEdit? edit, Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            TempData["saved"] = language ?? "fields";
            return Redirect($"/manager/stories/{id}?left={Left}&right={Right}#{language}");
        }
        catch (NewsroomValidationException ex)
        {
            foreach (var (field, messages) in ex.Errors)
            {
                Errors[field] = messages;
            }

            ErrorLanguage = language;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (EditConflictException ex)
        {
            Conflict = ex;
            ConflictLanguage = language;
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        if (language is not null && edit is not null)
        {
            Pending[language] = edit;
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task RequireEditorAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Accounts.Policies.Editor)).Succeeded)
        {
            throw NewsroomValidationException.For("role", "Only an editor or an admin can publish or unpublish; the text was saved.");
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var story = await db.Stories.AsNoTracking().Include(s => s.Translations).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (story is null)
        {
            return false;
        }

        Story = story;
        var present = story.Translations.Select(t => t.Language).ToList();
        var left = Languages.IsSupported(Left) ? Left! : story.SourceLanguage;
        var right = Languages.IsSupported(Right) && Right != left
            ? Right!
            : present.FirstOrDefault(l => l != left) ?? Languages.All.Select(l => l.Code).First(l => l != left);
        Left = left;
        Right = right;
        Columns = [left, right];
        RecentMedia = await db.Media.AsNoTracking().Include(m => m.AltTexts).OrderByDescending(m => m.Id).Take(8).ToListAsync(cancellationToken);
        return true;
    }

    private static DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : throw NewsroomValidationException.For(field, $"'{text}' is not a date like 2023-05-15.");
    }

    private static List<string> SplitList(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}
