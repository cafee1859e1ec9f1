using Cms.Web.Markdown.Pictures;
using Cms.Web.Markdown.SafeLinks;
using Cms.Web.Pictures;
using Markdig;

namespace Cms.Web.Markdown;

/// <summary>The site's one Markdown pipeline: built once, immutable, shared by every request.</summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline;

    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseFootnotes()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks();
        builder.Extensions.AddIfNotAlready<SafeLinksExtension>();
        builder.Extensions.AddIfNotAlready<BodyPicturesExtension>();
        pipeline = builder.Build();
    }

    /// <exception cref="MarkdownRenderException">Markdig failed on this text.</exception>
    public string ToHtml(string markdown) => Guard(() => Markdig.Markdown.ToHtml(markdown, pipeline));

    /// <exception cref="MarkdownRenderException">Markdig failed on this text.</exception>
    public string ToPlainText(string markdown) => Guard(() => Markdig.Markdown.ToPlainText(markdown, pipeline));

    /// <summary>For pages showing stored text: a text Markdig cannot render (stored before the rules existed) is shown as plain text.</summary>
    public string ToHtmlOrPlain(string markdown)
    {
        try
        {
            return ToHtml(markdown);
        }
        catch (MarkdownRenderException)
        {
            return Unrendered(markdown);
        }
    }

    /// <summary>
    /// A body for a reader's page: as <see cref="ToHtmlOrPlain"/>, and images of this site's media shown as responsive
    /// pictures, read by <paramref name="pictures"/> (stored names → pictures; one call per body, none without images).
    /// </summary>
    public async Task<string> ToPageHtmlAsync(string markdown, Func<IReadOnlyList<string>, Task<IReadOnlyDictionary<string, MediaPicture>>> pictures)
    {
        try
        {
            var document = Guard(() => Markdig.Markdown.Parse(markdown, pipeline));
            var names = BodyPicture.StoredNames(document);
            if (names.Count > 0)
            {
                BodyPicture.Attach(document, await pictures(names));
            }

            return Guard(() => Markdig.Markdown.ToHtml(document, pipeline));
        }
        catch (MarkdownRenderException)
        {
            return Unrendered(markdown);
        }
    }

    /// <summary>For the search index: the Markdown source itself when Markdig cannot render it.</summary>
    public string ToPlainTextOrSource(string markdown)
    {
        try
        {
            return ToPlainText(markdown);
        }
        catch (MarkdownRenderException)
        {
            return markdown;
        }
    }

    private static string Unrendered(string markdown) =>
        "<pre class=\"unrendered\">" + System.Net.WebUtility.HtmlEncode(markdown) + "</pre>";

    // Markdig throws ArgumentException past its nesting limit and may throw others on hostile input; callers get
    // one exception type they can answer with a 400.
    private static T Guard<T>(Func<T> render)
    {
        try
        {
            return render();
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw new MarkdownRenderException("The text cannot be rendered: " + ex.Message, ex);
        }
    }
}
