namespace Cms.Web.Pages.Shared;

/// <summary>The site's URL scheme in one place.</summary>
internal static class SiteUrls
{
    public static string Home(string language) => $"/{language}/";

    public static string HomePage(string language, int page) => page <= 1 ? Home(language) : $"/{language}/?page={page}";

    public static string Story(string language, string slug) => $"/{language}/news/{slug}";

    /// <summary>A term's page: <c>/ru/tag/new-settlements</c>, <c>/ky/place/osh</c>.</summary>
    public static string Term(string language, string vocabulary, string key) => $"/{language}/{vocabulary}/{key}";

    public static string TermPage(string language, string vocabulary, string key, int page) =>
        page <= 1 ? Term(language, vocabulary, key) : $"{Term(language, vocabulary, key)}?page={page}";

    public static string Events(string language) => $"/{language}/events";

    public static string Switch(string language, string target) =>
        $"/language/{language}?returnUrl={Uri.EscapeDataString(target)}";

    /// <summary>An absolute URL for a path of this site; see <see cref="Infrastructure.PublicUrls"/>.</summary>
    public static string Absolute(HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<Infrastructure.PublicUrls>().Absolute(request, path);
}
