using System.Net;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages;

/// <summary>The CSP says <c>style-src 'self'</c>: a <c>style=</c> attribute would be ignored by the browser.</summary>
public sealed class InlineStyleTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Theory]
    [InlineData(null, "/manager/login")]
    [InlineData("admin", "/manager/admin/users")]
    [InlineData("editor", "/manager")]
    [InlineData(null, "/ru/")]
    public async Task Pages_carry_no_inline_style(string? role, string page)
    {
        using var client = await factory.ClientAsync(role);

        using var response = await client.GetAsync(page);
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("style-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task The_setup_page_carries_no_inline_style()
    {
        await using var site = new CmsWebFactory();
        using var client = site.CreateClient();

        var document = await Html.ParseAsync(await client.GetAsync("/manager/setup"));

        Assert.NotNull(document.QuerySelector("form.panel"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void No_razor_page_writes_a_style_attribute()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Cms.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);

        Assert.DoesNotContain(pages, p => File.ReadAllText(p).Contains("style=", StringComparison.Ordinal));
    }
}
