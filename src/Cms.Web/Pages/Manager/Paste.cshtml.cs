using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Splitting;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager;

/// <summary>
/// Paste a press release holding two or three languages; the system proposes one translation per language,
/// the user corrects and confirms, and gets one story with linked translations.
/// </summary>
internal sealed class PasteModel(TextSplitter splitter, NewsroomService newsroom, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
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

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public void OnGet()
    {
    }

    public IActionResult OnPostSplit()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors = ["Paste the text first."];
            return Page();
        }

        if (Text.Length > MaxLength)
        {
            Errors = [$"The text is longer than {MaxLength:N0} characters."];
            return Page();
        }

        var parts = splitter.Split(Text);
        Parts = [.. parts.Select(p => new PastePart
        {
            Include = true,
            Language = Languages.IsSupported(p.Language) ? p.Language : Languages.Default.Code,
            Title = p.Title,
            Body = p.Body,
        })];
        var dates = parts.SelectMany(p => p.Dates).Order().ToList();
        EventStart = dates.Count > 0 ? dates[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        EventEnd = dates.Count > 1 ? dates[^1].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : EventStart;
        if (Parts.Count == 0)
        {
            Errors = ["No text in a known language was found."];
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
                throw NewsroomValidationException.For("parts", "Choose at least one part.");
            }

            var kind = StoryKinds.Submitted(Kind);
            var fields = new StoryFields(kind, ParseDate(EventStart), ParseDate(EventEnd), [], [], null, []);
            var story = await newsroom.CreateStoryAsync(
                fields,
                chosen[0].Language,
                [.. chosen.Select(p => (p.Language, new TranslationEdit(p.Title ?? "", null, "", p.Body ?? "")))],
                UserName,
                cancellationToken);
            var right = chosen.Count > 1 ? chosen[1].Language : null;
            return Redirect($"/manager/stories/{story.Id}?left={chosen[0].Language}&right={right}");
        }
        catch (NewsroomValidationException ex)
        {
            Errors = [.. ex.Errors.SelectMany(e => e.Value)];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date : null;
}
