using Cms.Web.Pictures;

namespace Cms.Web.Pages.Lang;

internal sealed record HomeListItem(int StoryId, string Title, string Slug, string Summary, DateTime PublishedUtc, string Kind, DateOnly? EventStart = null, DateOnly? EventEnd = null, string? Image = null)
{
    public MediaPicture? Picture { get; init; }
}
