namespace Cms.Web.Tests.Syndication;

/// <summary>
/// A test that reads a feed with Debian's python3-feedparser (<c>/usr/bin/python3</c>, not a pyenv's python3).
/// Skipped where it is not installed, except under CI (<c>CI</c> set), where a missing parser is a failure.
/// </summary>
public sealed class FeedparserFactAttribute : FactAttribute
{
    public FeedparserFactAttribute()
    {
        if (!FeedParser.IsInstalled && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"feedparser not found for {FeedParser.Python} (apt-get install -y python3-feedparser); set CI=1 to make this a failure.";
        }
    }
}
