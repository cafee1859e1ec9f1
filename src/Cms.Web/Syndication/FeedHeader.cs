namespace Cms.Web.Syndication;

/// <summary>A feed's own fields.</summary>
/// <param name="Language">The feed's language; null for the feed of every language (each entry says its own).</param>
/// <param name="SelfUrl">The feed's absolute URL (its Atom id too).</param>
/// <param name="PageUrl">The HTML page that lists the same stories.</param>
/// <param name="Author">The publisher, in the feed's language.</param>
internal sealed record FeedHeader(string Title, string Subtitle, string? Language, string SelfUrl, string PageUrl, string Author);
