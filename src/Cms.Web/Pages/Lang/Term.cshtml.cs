using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Pictures;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Web.Pages.Lang;

/// <summary>
/// <c>/{lang}/{place|organisation|project|tag}/{key}</c>: the stories that refer to one term, newest first, paged. A
/// story without a translation in the page's language is listed in the first language it has along the fallback order.
/// </summary>
internal sealed class TermModel : SitePageModel
{
    private readonly CmsDbContext db;
    private readonly PageTerms terms;
    private readonly TermFallback fallback;
    private readonly MediaPictures pictures;
    private readonly IStringLocalizer<SharedResource> text;
    private readonly int pageSize;

    public TermModel(CmsDbContext db, PageTerms terms, TermFallback fallback, MediaPictures pictures, SiteLanguages languages, SiteClock clock, IStringLocalizer<SharedResource> text, IOptions<CmsOptions> options)
        : base(languages, clock)
    {
        this.db = db;
        this.terms = terms;
        this.fallback = fallback;
        this.pictures = pictures;
        this.text = text;
        pageSize = options.Value.PageSize;
    }

    public TermName Name { get; private set; }

    public string VocabularyName { get; private set; } = "";

    /// <summary>The term's names in the other languages, for readers who know it by another.</summary>
    public IReadOnlyList<(string Language, string Text)> OtherNames { get; private set; } = [];

    public IReadOnlyList<StoryListItem> Items { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public int Total { get; private set; }

    public async Task<IActionResult> OnGetAsync(string lang, string vocabulary, string key, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        UseLanguage(lang);
        var catalog = await terms.CatalogAsync(cancellationToken);
        if (!Vocabularies.TryParse(vocabulary, out var parsed) || catalog.Find(parsed, key) is not { } term || !PageNumbers.TryParse(pageNumber, out var number))
        {
            return NotFound();
        }

        VocabularyName = Vocabularies.Name(parsed);
        Name = terms.Name(catalog, parsed, key, lang);
        OtherNames = [.. term.Labels.Where(l => !string.Equals(l.Key, lang, StringComparison.Ordinal) && !string.Equals(l.Value, Name.Text, StringComparison.Ordinal))
            .OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Value))];

        var stories = StoryTerms.Referring(db.Stories.AsNoTracking().Public(), parsed, key);
        Total = await stories.CountAsync(cancellationToken);
        PageCount = Math.Max(1, (Total + pageSize - 1) / pageSize);
        if (number > PageCount)
        {
            return NotFound();
        }

        PageNumber = number;
        CacheTags.Term(parsed, key);
        Items = await StoryListQuery.ShownInAsync(
            stories.OrderByDescending(s => s.FirstPublishedUtc).ThenByDescending(s => s.Id).Skip((number - 1) * pageSize).Take(pageSize),
            lang, fallback, cancellationToken);
        CacheTags.Stories(Items.Select(i => i.StoryId));
        Items = await StoryListQuery.WithPicturesAsync(Items, lang, pictures, cancellationToken);

        Chrome = ChromeForAllLanguages(
            number == 1 ? Name.Text : text["Paging.PageOf", number, PageCount],
            text["Term.Description", Name.Text],
            code => SiteUrls.TermPage(code, VocabularyName, key, number),
            indexable: true) with
        {
            Feeds = [Syndication.FeedLinks.Term(Request, text, lang, VocabularyName, Name.Key, Name.Text)],
        };
        return Page();
    }
}
