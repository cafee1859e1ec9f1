using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Syndication;

/// <summary>
/// <c>/sitemap.xml</c> (an index), <c>/sitemaps/{lang}.xml</c> (the language's home page and every live translation,
/// each with the hreflang versions its page announces) and <c>/sitemaps/news.xml</c> (the last two days).
/// </summary>
internal sealed class SitemapService(CmsDbContext db, SiteLanguages languages, SiteClock clock, LocalizedText text, IOptions<SyndicationOptions> options)
{
    /// <summary>Google News reads at most 1,000 URLs from a news sitemap.</summary>
    private const int NewsLimit = 1_000;

    /// <summary>Google News takes articles published in the last two days.</summary>
    private static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    private int PerFile => options.Value.SitemapUrlsPerFile;

    public async Task<IResult> IndexAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var sitemaps = new List<string>();
        foreach (var language in languages.All)
        {
            var pages = PageCount(await Live(language.Code).CountAsync(cancellationToken));
            sitemaps.AddRange(Enumerable.Range(1, pages).Select(page => SiteUrls.Absolute(request, SiteUrls.Sitemap(language.Code, page))));
        }

        sitemaps.Add(SiteUrls.Absolute(request, SiteUrls.NewsSitemap));
        return Results.Bytes(SitemapXml.Index(sitemaps), SitemapXml.ContentType);
    }

    /// <summary>One file of a language's sitemap: the home page first, then live translations, oldest first (a new one
    /// is added at the end and moves no other page's URLs).</summary>
    public async Task<IResult> LanguageAsync(HttpRequest request, string lang, string? pageText, CancellationToken cancellationToken)
    {
        var live = Live(lang);
        if (!PageNumbers.TryParse(pageText, out var page) || page > PageCount(await live.CountAsync(cancellationToken)))
        {
            return Results.NotFound();
        }

        var urls = new List<SitemapUrl>();
        if (page == 1)
        {
            var newest = await live.MaxAsync(t => t.PublishedUtc, cancellationToken);
            urls.Add(new SitemapUrl(SiteUrls.Absolute(request, SiteUrls.Home(lang)), newest, Hreflang.ForAllLanguages(request, languages, SiteUrls.Home)));
        }

        // The home page takes the first place of the first file.
        var skip = page == 1 ? 0 : ((page - 1) * PerFile) - 1;
        var take = page == 1 ? PerFile - 1 : PerFile;
        var rows = await live.OrderBy(t => t.PublishedUtc).ThenBy(t => t.Id).Skip(skip).Take(take)
            .Select(t => new
            {
                t.Slug, t.PublishedUtc, t.UpdatedUtc, t.Story.SourceLanguage,
                Versions = t.Story.Translations.Where(o => o.IsLive).Select(o => new { o.Language, o.Slug }).ToList(),
            })
            .ToListAsync(cancellationToken);
        urls.AddRange(rows.Select(r => new SitemapUrl(
            SiteUrls.Absolute(request, SiteUrls.Story(lang, r.Slug)),
            LastModified.Of(r.PublishedUtc, r.UpdatedUtc),
            Hreflang.ForStory(request, r.Versions.Select(v => (v.Language, v.Slug)), r.SourceLanguage))));
        return Results.Bytes(SitemapXml.UrlSet(urls), SitemapXml.ContentType);
    }

    /// <summary>Live translations published in the last two days by the site's clock, newest first.</summary>
    public async Task<IResult> NewsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var since = clock.UtcNow - NewsWindow;
        var recent = new List<(NewsSitemapEntry Entry, int Id)>();
        foreach (var language in languages.All)
        {
            var name = text.Get(language.Culture, "SiteName");
            var rows = await Live(language.Code).Where(t => t.PublishedUtc >= since)
                .OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id).Take(NewsLimit)
                .Select(t => new { t.Id, t.Slug, t.Title, t.PublishedUtc })
                .ToListAsync(cancellationToken);
            recent.AddRange(rows.Select(r => (new NewsSitemapEntry(
                SiteUrls.Absolute(request, SiteUrls.Story(language.Code, r.Slug)), name, language.Code, r.PublishedUtc!.Value, r.Title), r.Id)));
        }

        var entries = recent.OrderByDescending(r => r.Entry.PublishedUtc).ThenByDescending(r => r.Id).Take(NewsLimit).Select(r => r.Entry);
        return Results.Bytes(SitemapXml.News(entries), SitemapXml.ContentType);
    }

    /// <summary>Files a language's sitemap needs for its home page and <paramref name="translations"/> articles.</summary>
    private int PageCount(int translations) => (1 + translations + PerFile - 1) / PerFile;

    private IQueryable<Translation> Live(string language) => db.Translations.AsNoTracking().LiveIn(language);
}
