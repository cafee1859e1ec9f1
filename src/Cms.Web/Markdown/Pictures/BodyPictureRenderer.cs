using Cms.Web.Pictures;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Cms.Web.Markdown.Pictures;

/// <summary>Renders an image with an attached picture as <c>&lt;picture&gt;</c> (the markup of <c>_Picture</c>); every
/// other link and image as Markdig does.</summary>
internal sealed class BodyPictureRenderer : LinkInlineRenderer
{
    /// <summary>A body is as wide as the article column at most.</summary>
    private const string Sizes = "(max-width: 48rem) 100vw, 48rem";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || BodyPicture.Of(link) is not { } picture || !renderer.EnableHtmlForInline)
        {
            base.Write(renderer, link);
            return;
        }

        var written = new StringWriter();
        var alt = new HtmlRenderer(written) { EnableHtmlForInline = false };
        alt.WriteChildren(link);
        var altText = written.ToString();
        var fallback = picture.Fallback;
        renderer.Write("<picture class=\"body-picture\">");
        if (picture.WebP.Count > 0)
        {
            renderer.Write("<source type=\"image/webp\" srcset=\"").WriteEscape(MediaPicture.SrcSet(picture.WebP))
                .Write("\" sizes=\"").Write(Sizes).Write("\">");
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(fallback.Url).Write('"');
        if (picture.Jpeg.Count > 0)
        {
            renderer.Write(" srcset=\"").WriteEscape(MediaPicture.SrcSet(picture.Jpeg)).Write("\" sizes=\"").Write(Sizes).Write('"');
        }

        renderer.Write(" width=\"").Write(fallback.Width.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(fallback.Height.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" alt=\"").WriteEscape(altText.Length > 0 ? altText : picture.Alt).Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write(" loading=\"lazy\" decoding=\"async\"></picture>");
    }
}
