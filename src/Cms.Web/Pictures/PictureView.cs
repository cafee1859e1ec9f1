namespace Cms.Web.Pictures;

/// <summary>What <c>_Picture.cshtml</c> renders: the picture, the <c>sizes</c> its renditions are chosen by, and
/// whether it is the lead picture of a page (loaded at once with high priority) or one further down (lazy).</summary>
internal sealed record PictureView(MediaPicture Picture, string Sizes, bool Lead = false, string? CssClass = null, string? AltLanguage = null)
{
    /// <summary>An article's picture: the width of the text column.</summary>
    public const string ArticleSizes = "(min-width: 62rem) 58rem, calc(100vw - 2rem)";

    /// <summary>A thumbnail in a list (<c>.story-list .thumb</c> in site.css).</summary>
    public const string ThumbnailSizes = "(min-width: 40rem) 10rem, 7rem";
}
