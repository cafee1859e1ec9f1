namespace Cms.Web.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium. Skipped (and reported as skipped) where Chromium is not installed,
/// except under CI (<c>CI</c> set), where a missing browser is a failure.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Chromium not found at {ChromiumPath} (apt-get install -y chromium); set CI=1 to make this a failure.";
        }
    }
}
