using Cms.Web.Accounts;
using Cms.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Web.Tests.Browser;

public sealed class TermsAndEventsBrowserTests(BrowserSiteFactory site) : IClassFixture<BrowserSiteFactory>
{
    [BrowserFact]
    public async Task A_press_officer_announces_a_seminar_with_a_new_tag_in_two_languages_and_readers_see_each_in_theirs()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "Chromium is required under CI: apt-get install -y chromium");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync("officer@newsroom.test", "correct horse battery", Roles.Editor, "test");
        }

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/manager/login");
        await page.FillAsync("input[name=Email]", "officer@newsroom.test");
        await page.FillAsync("input[name=Password]", "correct horse battery");
        await page.ClickAsync("button[type=submit].primary");
        await page.ArriveAtAsync("/manager$");

        // A new seminar, written in Russian.
        await page.GotoAsync("/manager/stories/new");
        await page.SelectOptionAsync("select[name=Language]", "ru");
        await page.SelectOptionAsync("select[name=Kind]", "seminar");
        await page.FillAsync("input[name=Title]", "Семинар о гендерном равенстве в Оше");
        await page.FillAsync("textarea[name=Body]", "В Оше пройдёт семинар для активистов новостроек.");
        await page.ClickAsync("form.panel button[type=submit].primary");
        await page.ArriveAtAsync(@"/manager/stories/\d+(\?.*)?$");
        var editor = page.Url;

        // Event date, time and venue; a tag no term has yet, picked in the tag box; the Kyrgyz translation beside it.
        await page.Locator("details.panel > summary").First.ClickAsync();
        await page.FillAsync("#eventStart", "2099-12-20");
        await page.FillAsync("#eventStartTime", "10:00");
        await page.FillAsync("#venue", "Ош");
        await page.FillAsync("input[data-term-add=tags]", "гендерное равенство");
        await page.PressAsync("input[data-term-add=tags]", "Enter");
        Assert.Equal("гендерное равенство", (await page.InputValueAsync("textarea#tags")).Trim());
        await page.FillAsync("#title-ky", "Ошто гендердик теңчилик боюнча семинар");
        await page.FillAsync("#body-ky", "Ошто жаңы конуштардын активисттери үчүн семинар өтөт.");
        await page.Locator("button[name=Then][value=save]").First.ClickAsync();
        await page.Locator("p.notice[data-done]").ShowsAsync();

        // The new term has its Russian label; the officer adds the Kyrgyz one on the terms page.
        await page.GotoAsync("/manager/terms?vocabulary=tag&q=" + Uri.EscapeDataString("гендерное"));
        await page.Locator("table.terms-matrix tbody tr td a").First.ClickAsync();
        await page.ArriveAtAsync("/manager/terms/tag/");
        Assert.Equal("гендерное равенство", await page.InputValueAsync("#label-ru"));
        await page.FillAsync("#label-ky", "гендердик теңчилик");
        await page.ClickAsync("form.term-form button[type=submit]");
        await page.Locator("p.notice[data-done=term-saved]").ShowsAsync();

        await page.GotoAsync(editor);
        foreach (var language in new[] { "ru", "ky" })
        {
            await page.ClickAsync($"section#{language} button[name=Then][value='publish:{language}']");
            await page.Locator($"section#{language} h2 [data-state]").HasAttributeAsync("data-state", "published");
        }

        // Readers: the tag in each language, and the seminar among the upcoming events.
        await page.GotoAsync("/ru/events");
        await page.GetByRole(AriaRole.Link, new() { Name = "Семинар о гендерном равенстве в Оше" }).ClickAsync();
        await page.ArriveAtAsync("/ru/news/");
        Assert.Equal("гендерное равенство", await page.Locator("dd.terms a[href^='/ru/tag/']").TextContentAsync());
        Assert.Contains("10:00", await page.Locator("section.event time").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal("Ош", await page.Locator("section.event a[href='/ru/place/osh']").TextContentAsync());

        await page.GotoAsync("/ky/events");
        Assert.Equal(1, await page.Locator("section.upcoming").GetByRole(AriaRole.Link, new() { Name = "Ошто гендердик теңчилик боюнча семинар" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Ошто гендердик теңчилик боюнча семинар" }).ClickAsync();
        await page.ArriveAtAsync("/ky/news/");
        var tag = page.Locator("dd.terms a[href^='/ky/tag/']");
        Assert.Equal("гендердик теңчилик", await tag.TextContentAsync());
        Assert.Null(await tag.GetAttributeAsync("lang"));
    }
}
