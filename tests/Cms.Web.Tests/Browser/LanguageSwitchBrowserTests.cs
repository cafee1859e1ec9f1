using Microsoft.Playwright;

namespace Cms.Web.Tests.Browser;

public sealed class LanguageSwitchBrowserTests(BrowserSiteFactory site) : IClassFixture<BrowserSiteFactory>
{
    [BrowserFact]
    public async Task Reader_opens_the_osh_story_in_russian_switches_to_kyrgyz_and_back()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "Chromium is required under CI: apt-get install -y chromium");
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var offSite = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(site.BaseAddress.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal))
            {
                offSite.Add(request.Url);
            }
        };

        await page.GotoAsync("/ru/");
        await page.GetByRole(AriaRole.Link, new() { Name = "В Оше состоялось первое заседание диалоговой площадки" }).ClickAsync();
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("В Оше состоялось первое заседание диалоговой площадки", await page.InnerTextAsync("h1"));

        await page.ClickAsync(".switcher a[data-lang=ky]");
        await page.ArriveAtAsync("/ky/news/");
        Assert.Equal("ky", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Ош шаарында диалог аянтчасынын биринчи жыйыны өттү", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator(".switcher .unavailable[data-lang=ka]").IsVisibleAsync());

        await page.ClickAsync(".switcher a[data-lang=ru]");
        await page.ArriveAtAsync("/ru/news/");
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("В Оше состоялось первое заседание диалоговой площадки", await page.InnerTextAsync("h1"));

        // The switcher's cookie now sends the reader to Russian from "/".
        await page.GotoAsync("/");
        Assert.EndsWith("/ru/", page.Url, StringComparison.Ordinal);
        Assert.Empty(offSite);
    }

    [BrowserFact]
    public async Task Russian_only_story_shows_kyrgyz_and_georgian_as_not_available_on_a_phone()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "Chromium is required under CI: apt-get install -y chromium");
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 375, Height = 740 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/ru/news/v-bishkeke-obsudyat-realizatsiyu-programmy-malykh-grantov-v-novostroykakh");

        Assert.True(await page.Locator(".switcher .unavailable[data-lang=ky]").IsVisibleAsync());
        Assert.True(await page.Locator(".switcher .unavailable[data-lang=ka]").IsVisibleAsync());
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page scrolls sideways on a phone");
    }
}
