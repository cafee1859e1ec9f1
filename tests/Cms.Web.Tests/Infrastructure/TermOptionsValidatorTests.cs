using Cms.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Web.Tests.Infrastructure;

public sealed class TermOptionsValidatorTests
{
    private readonly TermOptionsValidator validator = new(Options.Create(new LanguageOptions
    {
        Default = "ru",
        Supported =
        [
            new SiteLanguageOptions { Code = "ky", Culture = "ky-KG", Name = "Кыргызча" },
            new SiteLanguageOptions { Code = "ru", Culture = "ru-RU", Name = "Русский" },
        ],
    }));

    [Fact]
    public void The_source_and_configured_languages_are_a_fallback_order()
    {
        Assert.True(validator.Validate(null, new TermOptions { Fallback = ["source", "ru", "ky"] }).Succeeded);
        Assert.True(validator.Validate(null, new TermOptions { Fallback = [] }).Succeeded);
    }

    [Fact]
    public void Anything_else_stops_the_site_naming_the_entry()
    {
        var result = validator.Validate(null, new TermOptions { Fallback = ["source", "en"] });

        Assert.True(result.Failed);
        Assert.Contains("'en'", result.FailureMessage, StringComparison.Ordinal);
    }
}
