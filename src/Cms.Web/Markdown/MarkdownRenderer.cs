using Cms.Web.Markdown.SafeLinks;
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
            return "<pre class=\"unrendered\">" + System.Net.WebUtility.HtmlEncode(markdown) + "</pre>";
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

    // Markdig throws ArgumentException past its nesting limit and may throw others on hostile input; callers get
    // one exception type they can answer with a 400.
    private static string Guard(Func<string> render)
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
