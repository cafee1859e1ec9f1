using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Splitting;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager;

/// <summary>
/// Paste a press release holding two or three languages; the system proposes one translation per language,
/// the user corrects and confirms, and gets one story with linked translations.
/// </summary>
internal sealed class PasteModel(TextSplitter splitter, NewsroomService newsroom, CmsDbContext db, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int MaxLength = 200_000;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<PastePart> Parts { get; set; } = [];

    [BindProperty]
    public string Kind { get; set; } = "News";

    [BindProperty]
    public string? EventStart { get; set; }

    [BindProperty]
    public string? EventEnd { get; set; }

    public IReadOnlyList<UiMessage> Errors { get; private set; } = [];

    /// <summary>Stories the pasted text may already be.</summary>
    public IReadOnlyList<PastedMatch> Matches { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostSplitAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors = [new UiMessage("Paste.Error.Empty")];
            return Page();
        }

        if (Text.Length > MaxLength)
        {
            Errors = [new UiMessage("Paste.Error.TooLong", MaxLength)];
            return Page();
        }

        var parts = splitter.Split(Text);
        Parts = [.. parts.Select(p => new PastePart
        {
            Include = true,
            Language = Languages.IsSupported(p.Language) ? p.Language : Languages.Default.Code,
            Title = p.Title,
            Summary = Headline.SummaryFrom(p.Body),
            Body = p.Body,
        })];
        Matches = await PastedMatches.FindAsync(db, parts, cancellationToken);
        var dates = parts.SelectMany(p => p.Dates).Order().ToList();
        EventStart = dates.Count > 0 ? dates[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        EventEnd = dates.Count > 1 ? dates[^1].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : EventStart;
        if (Parts.Count == 0)
        {
            Errors = [new UiMessage("Paste.Error.NoLanguage")];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var chosen = Parts.Where(p => p.Include).ToList();
        try
        {
            if (chosen.Count == 0)
            {
                throw NewsroomValidationException.For("parts", "Paste.Error.NoPart");
            }

            var kind = StoryKinds.Submitted(Kind);
            var fields = new StoryFields(kind, ParseDate(EventStart), ParseDate(EventEnd), [], [], null, []);
            var story = await newsroom.CreateStoryAsync(
                fields,
                chosen[0].Language,
                [.. chosen.Select(p => (p.Language, new TranslationEdit(p.Title ?? "", null, p.Summary ?? "", p.Body ?? "")))],
                UserName,
                cancellationToken);
            var right = chosen.Count > 1 ? chosen[1].Language : null;
            return Redirect($"/manager/stories/{story.Id}?left={chosen[0].Language}&right={right}");
        }
        catch (NewsroomValidationException ex)
        {
            Errors = [.. ex.Messages.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
