using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager;

/// <summary>Every story with a column per language: what is missing, draft, in review, scheduled, live or outdated.</summary>
internal sealed class IndexModel(CmsDbContext db, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int PageSize = 25;
    public static readonly string[] States = ["missing", "draft", "review", "scheduled", "published", "pending", "unpublished", "outdated"];

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "lang")]
    public string? Language { get; set; }

    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public IReadOnlyList<Story> Stories { get; private set; } = [];

    /// <summary>Each listed story's latest revision, by story id.</summary>
    public IReadOnlyDictionary<int, LastChange> LastChanges { get; private set; } = new Dictionary<int, LastChange>();

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!PageNumbers.TryParse(PageText, out var page))
        {
            return BadRequest();
        }

        Now = Clock.UtcNow;
        var stories = db.Stories.AsNoTracking().Where(s => s.DeletedUtc == null);
        if (StoryKinds.TryParse(Kind, out var kind))
        {
            stories = stories.Where(s => s.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(Query))
        {
            var patterns = Variants(Query.Trim()).Select(v => "%" + EscapeLike(v) + "%").ToArray();
            stories = stories.Where(s => EF.Functions.Like(s.Key, patterns[0], "\\") || s.Translations.Any(t =>
                patterns.Any(p => EF.Functions.Like(t.Title, p, "\\") || EF.Functions.Like(t.Summary, p, "\\") || EF.Functions.Like(t.Body, p, "\\"))));
        }

        var language = Languages.IsSupported(Language) ? Language : null;
        stories = FilterByState(stories, db.Revisions, Status, language, Now);
        Total = await stories.CountAsync(cancellationToken);
        PageNumber = Math.Min(page, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Stories = await stories.OrderByDescending(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(s => s.Translations).AsSplitQuery().ToListAsync(cancellationToken);
        var ids = Stories.Select(s => s.Id).ToList();
        var latest = await db.Revisions.AsNoTracking().Where(r => ids.Contains(r.Translation.StoryId))
            .GroupBy(r => r.Translation.StoryId).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        LastChanges = await db.Revisions.AsNoTracking().Where(r => latest.Contains(r.Id))
            .Select(r => new { r.Translation.StoryId, Change = new LastChange(r.SavedUtc, r.SavedBy, r.Note, r.Translation.Language) })
            .ToDictionaryAsync(r => r.StoryId, r => r.Change, cancellationToken);
        return Page();
    }

    public string With(string name, string? value)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["q"] = Query, ["status"] = Status, ["lang"] = Language, ["kind"] = Kind, ["page"] = null,
        };
        values[name] = value;
        return "/manager" + QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static IQueryable<Story> FilterByState(IQueryable<Story> stories, IQueryable<TranslationRevision> revisions, string? state, string? language, DateTime now)
    {
        return state switch
        {
            "missing" when language is not null => stories.Where(s => !s.Translations.Any(t => t.Language == language)),
            "missing" => stories.Where(s => s.Translations.Count < 3),
            "draft" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language) && t.Status == TranslationStatus.Draft)),
            "review" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language) && (t.Status == TranslationStatus.InReview
                || (t.PendingRevisionId != null && revisions.Any(r => r.Id == t.PendingRevisionId && r.Status == TranslationStatus.InReview))))),
            "pending" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language) && t.PendingRevisionId != null)),
            "scheduled" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language) && t.Status == TranslationStatus.Published && t.PublishedUtc > now)),
            "published" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language) && t.IsLive)),
            "unpublished" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language) && t.Status == TranslationStatus.Unpublished)),
            "outdated" => stories.Where(s => s.Translations.Any(t => (language == null || t.Language == language)
                && t.TranslatedFromRevision != null
                && s.Translations.Any(src => src.Language == s.SourceLanguage && src.Revision > t.TranslatedFromRevision))),
            _ => language is null ? stories : stories.Where(s => s.Translations.Any(t => t.Language == language)),
        };
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>SQLite compares Cyrillic case-sensitively: also try the lower-case and capitalised spellings
    /// (Cyrillic and Latin only; Georgian has no case and is never re-cased).</summary>
    private static string[] Variants(string query)
    {
        var lower = query.ToLowerInvariant();
        var first = lower[0];
        var capital = first is >= 'a' and <= 'z' or >= 'а' and <= 'я' or 'ё' or 'ң' or 'ө' or 'ү'
            ? char.ToUpperInvariant(first) + lower[1..]
            : lower;
        return [.. new[] { query, lower, capital }.Distinct(StringComparer.Ordinal)];
    }
}
