using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom;
using Cms.Web.Newsroom.Splitting;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Web.Pages.Manager;

/// <summary>
/// Paste a press release holding two or three languages; the system proposes one translation per language,
/// the user corrects and confirms, and gets one story with linked translations.
/// </summary>
internal sealed class PasteModel(TextSplitter splitter, NewsroomService newsroom, CmsDbContext db, TermService terms, SiteLanguages languages, SiteClock clock)
    : ManagerPageModel(languages, clock)
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

    /// <summary>The places the text names, one per line (proposed from the place terms; the user corrects them).</summary>
    [BindProperty]
    public string? Places { get; set; }

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
        // A date without a year anywhere in the text is in the year the story is published: now, in the site's zone.
        var year = Clock.ToLocal(Clock.UtcNow).Year;
        var dates = parts.SelectMany(p => DateFinder.Find(p.Title + "\n\n" + p.Body, year)).Order().ToList();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        EventStart = dates.Count > 0 ? UiDates.FormatDate(dates[0], culture) : null;
        EventEnd = dates.Count > 1 ? UiDates.FormatDate(dates[^1], culture) : EventStart;
        var catalog = await terms.CatalogAsync(cancellationToken);
        var language = Parts.Count > 0 ? Parts[0].Language : Languages.Default.Code;
        Places = string.Join("\n", PlaceFinder.Find(catalog, Text).Select(key => catalog.Name(Vocabulary.Place, key, language, []).Text));
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
            var fields = new StoryFields(kind, ParseDate(EventStart, "eventStart"), ParseDate(EventEnd, "eventEnd"), [.. (Places ?? "").Split('\n')], [], null, []);
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

    /// <summary>A date typed in the UI culture's short pattern (ISO 8601 too); empty is none; else a field error.</summary>
    private static DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var culture = System.Globalization.CultureInfo.CurrentCulture;
        return UiDates.TryParseDate(text, culture, out var date)
            || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date)
            ? date
            : throw NewsroomValidationException.For(field, "Error.TypedDate", text, UiDates.DateExample(culture));
    }
}
