namespace Cms.Web.Pages.Shared;

/// <summary>A feed the layout announces in the head for autodiscovery (Atom), besides the language's own feed.</summary>
internal sealed record FeedLink(string Title, string Url);
