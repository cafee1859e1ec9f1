using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Cms.Web.Markdown.Pictures;

/// <summary>
/// Shows an image of this site's media (<c>![alt](/media/2026/11/….jpg)</c>) in a body as the site shows every picture:
/// WebP and JPEG renditions by width, its size set, lazy. The picture is attached to the image before rendering
/// (<see cref="BodyPicture.Attach"/>); an image without one renders as Markdown always did.
/// </summary>
internal sealed class BodyPicturesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new BodyPictureRenderer());
        }
    }
}
