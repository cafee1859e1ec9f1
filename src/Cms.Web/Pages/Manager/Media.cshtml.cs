using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Localization;
using Cms.Web.Newsroom.Media;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Pages.Manager;

/// <summary>Upload images and PDFs (type checked from the content, images re-encoded, their renditions made once; the
/// bytes saved in the database with the record, in one transaction), give them alt text, caption and credit per
/// language, insert them. Bodies larger than the limit are refused before they are read (<see cref="UploadSizeLimit"/>).</summary>
internal sealed class MediaModel(
    CmsDbContext db, MediaPreparer preparer, MediaFiles files, RenditionService renditions, IOptions<CmsOptions> options, SiteLanguages languages, SiteClock clock)
    : ManagerPageModel(languages, clock)
{
    public const int PageSize = 24;

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public UiMessage? Error { get; private set; }

    public string? Uploaded { get; private set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Uploaded = TempData["uploaded"] as string;
        return await ListAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUploadAsync(
        IFormFile? file, Dictionary<string, string>? alt, Dictionary<string, string>? caption, Dictionary<string, string>? credits, string? credit,
        CancellationToken cancellationToken)
    {
        try
        {
            if (file is null || file.Length == 0)
            {
                throw new MediaValidationException(MediaValidationException.Empty, "Choose a file to upload.");
            }

            if (file.Length > MaxBytes)
            {
                throw new MediaValidationException(MediaValidationException.TooLarge, $"The file is {file.Length / 1048576.0:0.0} MB; the limit is {MaxBytes / 1048576.0:0.#} MB.");
            }

            var altTexts = Texts(alt, caption, credits);
            var sharedCredit = Credit(credit);
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var prepared = preparer.Prepare(buffer.ToArray(), MaxBytes);
            var inspection = prepared.Inspection;
            var now = Clock.UtcNow;
            var stored = MediaFileNames.Generate(inspection.Kind, now);
            var item = new MediaItem
            {
                StoredName = stored,
                ContentType = inspection.ContentType,
                OriginalName = MediaFileNames.CleanDisplayName(file.FileName),
                SizeBytes = prepared.Content.Length,
                Width = inspection.Width,
                Height = inspection.Height,
                UploadedUtc = now,
                UploadedBy = UserName,
                Credit = sharedCredit,
            };
            item.AltTexts.AddRange(altTexts);
            var made = renditions.Make(stored, prepared.Content);
            files.Add(stored, prepared.Content);
            files.AddRenditions(item, made);
            db.Media.Add(item);
            await db.SaveChangesAsync(cancellationToken);
            await files.KeepAsync(stored, prepared.Content, cancellationToken);
            foreach (var rendition in made)
            {
                await files.KeepAsync(rendition.Record.StoredName, rendition.Content, cancellationToken);
            }

            TempData["uploaded"] = stored;
            return Redirect("/manager/media");
        }
        catch (MediaValidationException ex)
        {
            Error = UiKeys.MediaError(ex, MaxBytes);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ListAsync(cancellationToken);
            return Page();
        }
    }

    /// <summary>Saves a picture's alt texts, captions and credits (every field of the form: an empty one clears).</summary>
    public async Task<IActionResult> OnPostAltAsync(
        int id, Dictionary<string, string>? alt, Dictionary<string, string>? caption, Dictionary<string, string>? credits, string? credit,
        CancellationToken cancellationToken)
    {
        var item = await db.Media.Include(m => m.AltTexts).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        // The picture of a live story shows these texts to readers: only an editor changes what readers see.
        if (!IsEditor && await db.Stories.AnyAsync(s => s.Image == item.StoredName && s.Translations.Any(t => t.IsLive), cancellationToken))
        {
            return Forbid();
        }

        try
        {
            var altTexts = Texts(alt, caption, credits);
            item.Credit = Credit(credit);
            item.AltTexts.Clear();
            item.AltTexts.AddRange(altTexts);
        }
        catch (MediaValidationException ex)
        {
            Error = UiKeys.MediaError(ex, MaxBytes);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ListAsync(cancellationToken);
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/manager/media");
    }

    /// <summary>The submitted texts of the site's languages: alt text (one line of at most
    /// <see cref="ContentLimits.AltTextLength"/>), caption and this language's own credit; a language with none of
    /// them gets no row.</summary>
    private List<MediaAltText> Texts(Dictionary<string, string>? alt, Dictionary<string, string>? caption, Dictionary<string, string>? credits)
    {
        var texts = new List<MediaAltText>();
        foreach (var language in Languages.All.Select(l => l.Code))
        {
            var altText = Line(alt?.GetValueOrDefault(language), ContentLimits.AltTextLength, MediaValidationException.AltText, $"Alt text ({language})");
            var captionText = Line(caption?.GetValueOrDefault(language), ContentLimits.CaptionLength, MediaValidationException.Caption, $"Caption ({language})");
            var creditText = Line(credits?.GetValueOrDefault(language), ContentLimits.CreditLength, MediaValidationException.Credit, $"Credit ({language})");
            if (altText is not null || captionText is not null || creditText is not null)
            {
                texts.Add(new MediaAltText { Language = language, Text = altText ?? "", Caption = captionText, Credit = creditText });
            }
        }

        return texts;
    }

    private static string? Credit(string? credit) =>
        Line(credit, ContentLimits.CreditLength, MediaValidationException.Credit, "Credit");

    /// <summary>One clean line of at most <paramref name="limit"/> characters, trimmed; null when empty.</summary>
    private static string? Line(string? text, int limit, string code, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var problem = trimmed.Length > limit || trimmed.Contains('\n', StringComparison.Ordinal)
            ? $"It must be one line of at most {limit} characters."
            : TextHygiene.Problem(trimmed, multiline: false);
        return problem is null ? trimmed : throw new MediaValidationException(code, $"{field}: {problem}");
    }

    private async Task<bool> ListAsync(CancellationToken cancellationToken)
    {
        if (!PageNumbers.TryParse(PageText, out var page))
        {
            return false;
        }

        PageNumber = page;
        Total = await db.Media.CountAsync(cancellationToken);
        Items = await db.Media.AsNoTracking().Include(m => m.AltTexts).Include(m => m.Renditions).OrderByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).AsSplitQuery().ToListAsync(cancellationToken);
        return true;
    }
}
