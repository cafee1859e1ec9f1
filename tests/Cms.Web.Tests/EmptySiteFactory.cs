namespace Cms.Web.Tests;

/// <summary>A site that starts with no content at all.</summary>
public sealed class EmptySiteFactory : CmsWebFactory
{
    protected override string? ContentDirectory => null;
}
