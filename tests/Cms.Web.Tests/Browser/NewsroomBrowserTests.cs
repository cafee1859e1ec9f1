using Cms.Web.Accounts;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Web.Tests.Browser;

public sealed class NewsroomBrowserTests(EmptyBrowserSiteFactory site) : IClassFixture<EmptyBrowserSiteFactory>
{
    [BrowserFact]
    public async Task A_press_officer_pastes_seed_002_publishes_both_translations_and_finds_them_on_the_site_and_in_search()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "Chromium is required under CI: apt-get install -y chromium");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync("editor@newsroom.test", "correct horse battery", Roles.Editor, "test");
        }

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/manager/login");
        await page.FillAsync("input[name=Email]", "editor@newsroom.test");
        await page.FillAsync("input[name=Password]", "correct horse battery");
        await page.ClickAsync("button[type=submit].primary");
        await page.ArriveAtAsync("/manager$");

        await page.GotoAsync("/manager/paste");
        await page.FillAsync("textarea[name=Text]", Seeds.Read("002"));
        await page.ClickAsync("button[type=submit].primary");
        Assert.Equal(2, await page.Locator("section.part").CountAsync());
        Assert.Equal("ky", await page.InputValueAsync("select[name='Parts[0].Language']"));
        Assert.Equal("ru", await page.InputValueAsync("select[name='Parts[1].Language']"));
        await page.ClickAsync("form[action*=create] button[type=submit].primary");
        await page.ArriveAtAsync(@"/manager/stories/\d+(\?.*)?$");

        foreach (var language in new[] { "ky", "ru" })
        {
            await page.ClickAsync($"section#{language} button[name=Then][value='publish:{language}']");
            await page.Locator($"section#{language} h2 [data-state]").HasAttributeAsync("data-state", "published");
        }

        // Typing and then leaving the editor asks first.
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Type);
            await dialog.AcceptAsync();
        };
        await page.ClickAsync("textarea#body-ky");
        await page.Keyboard.TypeAsync(" Жаңы сөз.");
        await page.GotoAsync("/manager");
        Assert.Equal(["beforeunload"], dialogs);

        await page.GotoAsync("/ky/");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Эдвокаси борбору пилоттук жамааттарда демилгелүү топ түзөт" }).CountAsync());
        await page.GotoAsync("/ru/");
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Эдвокаси Центр формирует инициативной группы в пилотных сообществах" }).CountAsync());

        await page.FillAsync("input[name=q]", "инициативная группа");
        await page.PressAsync("input[name=q]", "Enter");
        await page.ArriveAtAsync("/ru/search");
        Assert.Equal(1, await page.Locator(".hits > li").CountAsync());
        Assert.True(await page.Locator(".hits mark").CountAsync() >= 1);
    }
}
