using Cms.Web.Pictures;

namespace Cms.Web.Pages.Lang;

/// <summary>A story in a list that mixes languages: the translation shown, and its language (marked when it is not the
/// page's); its picture's stored name, and the picture once <see cref="StoryListQuery.WithPicturesAsync"/> read it.</summary>
internal sealed record StoryListItem(int StoryId, string Language, string Title, string Slug, string Summary, DateTime PublishedUtc, string Kind, DateOnly? EventStart, DateOnly? EventEnd, string? Image = null)
{
    public MediaPicture? Picture { get; init; }
}
