using Cms.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Web.Tests;

internal static class TestLanguages
{
    public static SiteLanguages Create() => new(Options.Create(new LanguageOptions
    {
        Default = "ru",
        Supported =
        [
            new SiteLanguageOptions { Code = "ky", Culture = "ky-KG", Name = "Кыргызча" },
            new SiteLanguageOptions { Code = "ru", Culture = "ru-RU", Name = "Русский" },
            new SiteLanguageOptions { Code = "ka", Culture = "ka-GE", Name = "ქართული" },
        ],
    }));
}
