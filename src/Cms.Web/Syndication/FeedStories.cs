using Cms.Search.Searching;
using Cms.Web.Data;
using Cms.Web.Pages.Lang;
using Cms.Web.Terms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Syndication;

/// <summary>
/// Which translations each feed lists, by the same queries as the pages that list them: a language's feed its live
/// translations (as the home page); a term's feed and the events feed every story the page lists, each in the feed's
/// language when it has it live, else along the fallback (as those pages); a search feed the search's hits. At most
/// <see cref="SyndicationOptions.FeedEntries"/>, newest first.
/// </summary>
internal sealed class FeedStories(CmsDbContext db, TermFallback fallback, SearchEngine engine, IHitTexts texts, IOptions<SyndicationOptions> options)
{
    public int Count => options.Value.FeedEntries;

    public async Task<IReadOnlyList<(string Language, string Slug)>> InLanguageAsync(string language, CancellationToken cancellationToken)
    {
        var newest = await Newest(language).Select(t => new { t.Language, t.Slug }).ToListAsync(cancellationToken);
        return [.. newest.Select(t => (t.Language, t.Slug))];
    }

    /// <summary>Every language's newest, merged: each read through its language's index, never a sort of every live translation.</summary>
    public async Task<IReadOnlyList<(string Language, string Slug)>> InAllLanguagesAsync(IEnumerable<string> languages, CancellationToken cancellationToken)
    {
        var all = new List<(string Language, string Slug, DateTime Published, int Id)>();
        foreach (var language in languages)
        {
            var newest = await Newest(language).Select(t => new { t.Language, t.Slug, t.PublishedUtc, t.Id }).ToListAsync(cancellationToken);
            all.AddRange(newest.Select(t => (t.Language, t.Slug, t.PublishedUtc!.Value, t.Id)));
        }

        return [.. all.OrderByDescending(t => t.Published).ThenByDescending(t => t.Id).Take(Count).Select(t => (t.Language, t.Slug))];
    }

    public Task<IReadOnlyList<(string Language, string Slug)>> AboutTermAsync(string language, Vocabulary vocabulary, string key, CancellationToken cancellationToken) =>
        ShownInAsync(StoryTerms.Referring(db.Stories.AsNoTracking().Public(), vocabulary, key), language, cancellationToken);

    /// <summary>The stories the events page lists (those with an event date), newest first: a feed tells what is new.</summary>
    public Task<IReadOnlyList<(string Language, string Slug)>> EventsAsync(string language, CancellationToken cancellationToken) =>
        ShownInAsync(db.Stories.AsNoTracking().Public().Where(s => s.EventStart != null), language, cancellationToken);

    /// <summary>The newest hits of a checked search, each in the translation the search page shows.</summary>
    public IReadOnlyList<(string Language, string Slug)> Found(SearchRequest request, string readerLanguage) =>
        [.. engine.Search(request with { Sort = SearchSort.Date, Page = 1, PageSize = Count, ReaderLanguage = readerLanguage }, texts)
            .Hits.Select(h => (h.Language, h.Slug))];

    private IQueryable<Translation> Newest(string language) =>
        db.Translations.AsNoTracking().LiveIn(language).OrderByDescending(t => t.PublishedUtc).ThenByDescending(t => t.Id).Take(Count);

    private async Task<IReadOnlyList<(string Language, string Slug)>> ShownInAsync(IQueryable<Story> stories, string language, CancellationToken cancellationToken)
    {
        var items = await StoryListQuery.ShownInAsync(
            stories.OrderByDescending(s => s.FirstPublishedUtc).ThenByDescending(s => s.Id).Take(Count), language, fallback, cancellationToken);
        return [.. items.Select(i => (i.Language, i.Slug))];
    }
}
