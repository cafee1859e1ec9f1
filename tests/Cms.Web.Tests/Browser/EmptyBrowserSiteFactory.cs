namespace Cms.Web.Tests.Browser;

/// <summary>A browser-driven site that starts with no stories at all.</summary>
public sealed class EmptyBrowserSiteFactory : BrowserSiteFactory
{
    protected override string? ContentDirectory => null;
}
