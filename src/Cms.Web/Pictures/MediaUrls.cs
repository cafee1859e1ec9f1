namespace Cms.Web.Pictures;

/// <summary>Where stored media and their renditions are served.</summary>
internal static class MediaUrls
{
    public const string Prefix = "/media/";

    public static string Of(string storedName) => Prefix + storedName;
}
