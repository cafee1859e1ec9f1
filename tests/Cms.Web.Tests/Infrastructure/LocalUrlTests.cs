using Cms.Web.Infrastructure;

namespace Cms.Web.Tests.Infrastructure;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/ru/news/a?page=2#x", "/ru/news/a?page=2#x")]
    [InlineData("/", "/")]
    [InlineData("/ж", "/%D0%B6")]
    [InlineData("/ky/search?q=Ош көл", "/ky/search?q=%D0%9E%D1%88%20%D0%BA%D3%A9%D0%BB")]
    [InlineData("/\u200b/evil.example", "/%E2%80%8B/evil.example")]
    [InlineData("/ა😀", "/%E1%83%90%F0%9F%98%80")]
    public void A_local_path_is_kept_and_made_ascii(string url, string expected)
    {
        Assert.True(LocalUrl.TryNormalize(url, out var location));
        Assert.Equal(expected, location);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example/phish")]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/a\0b")]
    [InlineData("/a\u007fb")]
    [InlineData("/a\u0085b")]
    [InlineData("/a\\b")]
    [InlineData("https://evil.example/")]
    [InlineData("evil.example")]
    public void Anything_that_may_leave_the_site_is_refused(string? url)
    {
        Assert.False(LocalUrl.TryNormalize(url, out _));
    }

    [Fact]
    public void A_broken_surrogate_is_refused()
    {
        Assert.False(LocalUrl.TryNormalize("/a" + '\ud800' + "b", out _));
        Assert.False(LocalUrl.TryNormalize("/a" + '\udc00', out _));
    }
}
