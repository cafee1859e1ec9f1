namespace Cms.Web.Syndication;

/// <summary>The two feed formats every feed is offered in.</summary>
internal enum FeedFormat
{
    Atom,
    Rss,
}
