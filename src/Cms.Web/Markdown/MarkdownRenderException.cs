namespace Cms.Web.Markdown;

/// <summary>Markdig could not render a text (too deeply nested, or a parser fault); the message is for the author.</summary>
internal sealed class MarkdownRenderException(string message, Exception inner) : Exception(message, inner);
