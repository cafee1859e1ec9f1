namespace Cms.Web.StructuredData;

/// <summary>The site's icon files in <c>wwwroot</c>: the logo structured data and plain pages' previews show.</summary>
internal static class SiteIcons
{
    public const string Logo = "/icon-512.png";

    public const int LogoSize = 512;
}
