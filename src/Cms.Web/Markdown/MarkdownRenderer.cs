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

    public string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, pipeline);

    public string ToPlainText(string markdown) => Markdig.Markdown.ToPlainText(markdown, pipeline);
}
