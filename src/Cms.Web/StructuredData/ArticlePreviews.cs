using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Terms;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Web.StructuredData;

/// <summary>Builds an article page's JSON-LD and preview tags from the story it shows.</summary>
internal sealed class ArticlePreviews(
    Pictures.MediaPictures pictures,
    SiteClock clock,
    SiteLanguages languages,
    IOptions<CmsOptions> options,
    IStringLocalizer<SharedResource> text)
{
    public async Task<ArticlePreview> BuildAsync(HttpRequest request, SiteLanguage language, Story story, Translation translation, StoryTermNames terms, CancellationToken cancellationToken)
    {
        var live = story.Translations.Where(t => t.IsLive).ToDictionary(
            t => t.Language, t => SiteUrls.Absolute(request, SiteUrls.Story(t.Language, t.Slug)), StringComparer.Ordinal);
        var siteName = text["SiteName"].Value;
        var facts = new ArticleFacts(
            language, story, translation, live, terms, await ImageAsync(request, story, language.Code, cancellationToken),
            Publisher(request, siteName), siteName, clock.Zone);
        var alternates = live.Keys.Where(k => k != language.Code && languages.IsSupported(k)).Order(StringComparer.Ordinal).Select(languages.Get);
        return new ArticlePreview(JsonLdText.Serialize(NewsArticleJsonLd.Build(facts)), SocialTags.ForArticle(facts, alternates));
    }

    private Publisher Publisher(HttpRequest request, string siteName)
    {
        var contact = options.Value.Contact;
        return new Publisher(
            string.IsNullOrWhiteSpace(contact.Name) ? siteName : contact.Name,
            SiteUrls.Absolute(request, SiteIcons.Logo),
            SiteIcons.LogoSize,
            string.IsNullOrWhiteSpace(contact.Url) ? SiteUrls.Absolute(request, "/") : contact.Url);
    }

    private async Task<StoryImage?> ImageAsync(HttpRequest request, Story story, string language, CancellationToken cancellationToken)
    {
        if (story.Image is not { } name)
        {
            return null;
        }

        // Shared by its widest JPEG rendition: what messengers and search engines read best, without the original's metadata.
        var shared = await pictures.SharedAsync(name, language, cancellationToken);
        return shared is null
            ? new StoryImage(SiteUrls.Absolute(request, "/media/" + name), null, null, "")
            : new StoryImage(SiteUrls.Absolute(request, shared.Url), shared.Width, shared.Height, shared.Alt);
    }
}
