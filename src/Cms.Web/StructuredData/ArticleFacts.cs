using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Terms;

namespace Cms.Web.StructuredData;

/// <summary>Everything the previews of one article say: the translation shown, its live siblings with their absolute
/// URLs, its terms named in the page's language, its picture and the publisher.</summary>
internal sealed record ArticleFacts(
    SiteLanguage Language,
    Story Story,
    Translation Translation,
    IReadOnlyDictionary<string, string> LiveUrls,
    StoryTermNames Terms,
    StoryImage? Image,
    Publisher Publisher,
    string SiteName,
    TimeZoneInfo Zone)
{
    public string Url => LiveUrls[Translation.Language];

    /// <summary>The last change readers can see: never before the publication.</summary>
    public DateTime ModifiedUtc =>
        Translation.PublishedUtc is { } published && published > Translation.UpdatedUtc ? published : Translation.UpdatedUtc;

    /// <summary>Every kind but news is about an event; news with event dates reports one and is no event listing.</summary>
    public bool HasEvent => Story.EventStart is not null && Story.Kind != StoryKind.News;
}
