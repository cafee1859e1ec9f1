using Cms.Web.Localization;

namespace Cms.Web.Tests.Localization;

public sealed class LanguageNegotiatorTests
{
    private static readonly Cms.Web.Infrastructure.SiteLanguages Languages = TestLanguages.Create();

    [Theory]
    [InlineData("ky", "ka", "ky")]
    [InlineData(null, "ka-GE,ka;q=0.9", "ka")]
    [InlineData(null, "ru-RU,ru;q=0.9,ky;q=0.8", "ru")]
    [InlineData(null, "en;q=1, ky;q=0.2, ka;q=0.7", "ka")]
    [InlineData(null, "KY-kg", "ky")]
    [InlineData(null, "ky;q=0, ka;q=0.1", "ka")]
    [InlineData(null, "fr, de", "ru")]
    [InlineData(null, "", "ru")]
    [InlineData(null, ";;;,,q=abc", "ru")]
    [InlineData("en", null, "ru")]
    [InlineData("", "ky", "ky")]
    public void Picks_cookie_then_accept_language_then_default(string? cookie, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, LanguageNegotiator.Negotiate(cookie, acceptLanguage, Languages));
}
