using Cms.Web.Data;

namespace Cms.Web.Terms;

/// <summary>Names terms on a reader's page: in the page's language, else by the configured fallback (marked).</summary>
internal sealed class PageTerms(TermService terms, TermFallback fallback)
{
    public async Task<TermCatalog> CatalogAsync(CancellationToken cancellationToken) => await terms.CatalogAsync(cancellationToken);

    /// <summary>The story's terms by field, in order, named for a page in <paramref name="language"/>.</summary>
    public async Task<StoryTermNames> ForStoryAsync(Story story, string language, CancellationToken cancellationToken)
    {
        var catalog = await terms.CatalogAsync(cancellationToken);
        var order = fallback.For(story.SourceLanguage).ToList();
        List<TermName> Named(Vocabulary vocabulary, IEnumerable<string> keys) =>
            [.. keys.Select(key => catalog.Name(vocabulary, key, language, order))];
        return new StoryTermNames(
            Named(Vocabulary.Place, story.Places),
            Named(Vocabulary.Organisation, story.Organisers),
            Named(Vocabulary.Project, story.Project is null ? [] : [story.Project]),
            Named(Vocabulary.Tag, story.Tags),
            story.Venue is { } venue ? catalog.Name(Vocabulary.Place, venue, language, order) : null,
            LocalText.Pick(story.VenueAddress, language, order),
            story.Venue is { } place ? VenueZones.Find(catalog.Find(Vocabulary.Place, place)?.TimeZone) : null);
    }

    /// <summary>A term without a story around it (a facet, a term page): fallback by the configured order alone.</summary>
    public TermName Name(TermCatalog catalog, Vocabulary vocabulary, string key, string language) =>
        catalog.Name(vocabulary, key, language, fallback.For(null));
}
