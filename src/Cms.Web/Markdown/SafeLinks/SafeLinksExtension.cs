using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Cms.Web.Markdown.SafeLinks;

/// <summary>
/// Keeps only http, https, mailto and relative links and images. Any other destination
/// (javascript:, data:, vbscript:, entity- or whitespace-obfuscated schemes…) turns the link into its plain text
/// and drops the image.
/// </summary>
internal sealed class SafeLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Sanitize;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Sanitize(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!UrlPolicy.IsAllowed(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !UrlPolicy.IsAllowed(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            link.ReplaceBy(new LiteralInline(alt));
            return;
        }

        var parent = link.Parent!;
        Inline anchor = link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
        _ = parent;
    }
}
