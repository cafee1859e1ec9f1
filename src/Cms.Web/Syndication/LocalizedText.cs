using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Cms.Web.Syndication;

/// <summary>UI strings in a chosen language, whatever the request's: the feed of every language and the news sitemap
/// name each entry's publication in the entry's own language.</summary>
internal sealed class LocalizedText(IStringLocalizer<SharedResource> text)
{
    public string Get(CultureInfo culture, string key, params object[] arguments)
    {
        var requestCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return text[key, arguments];
        }
        finally
        {
            CultureInfo.CurrentUICulture = requestCulture;
        }
    }
}
