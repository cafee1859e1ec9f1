using Cms.Web.Data;

namespace Cms.Web.Content;

/// <summary>The lower-case names the content files and the API use for statuses (kinds: <see cref="Rules.StoryKinds"/>).</summary>
internal static class ContentNames
{
    public static string Of(TranslationStatus status) => status switch
    {
        TranslationStatus.Draft => "draft",
        TranslationStatus.InReview => "review",
        TranslationStatus.Published => "published",
        TranslationStatus.Unpublished => "unpublished",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
