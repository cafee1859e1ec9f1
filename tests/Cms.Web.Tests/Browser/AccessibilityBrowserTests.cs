using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cms.Web.Accounts;
using Cms.Web.Data;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cms.Web.Tests.Browser;

/// <summary>
/// axe-core, the engine behind Lighthouse's accessibility score, over every kind of page in every language, the
/// reader's and the newsroom's: no WCAG 2.x A/AA rule and no best practice may fail.
/// </summary>
public sealed class AccessibilityBrowserTests(BrowserSiteFactory site) : IClassFixture<BrowserSiteFactory>
{
    private static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    };

    [BrowserFact]
    public async Task Reader_pages_in_kyrgyz_russian_and_georgian_pass_axe()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "Chromium is required under CI: apt-get install -y chromium");
        var osh = await SlugsAsync("2023-08-22-osh-dialogue-platform");
        var seminar = await SlugsAsync("2017-06-01-homeowner-resource-centres-seminar");
        string[] paths =
        [
            "/ky/", "/ru/", "/ka/",
            $"/ky/news/{osh["ky"]}", $"/ru/news/{osh["ru"]}", $"/ka/news/{seminar["ka"]}",
            "/ky/events", "/ru/events", "/ka/events",
            "/ru/search?q=%D0%9E%D1%88", "/ky/search?q=%D0%B0%D1%8F%D0%BD%D1%82%D1%87%D0%B0", "/ka/search?q=%E1%83%9D%E1%83%A8%E1%83%98", "/ru/search",
            "/ky/tag/new-settlements", "/ru/place/osh", "/ka/place/osh",
            "/ru/no-such-page",
        ];
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        var report = await AuditAsync(page, paths);

        Assert.True(report.Length == 0, report);
    }

    [BrowserFact]
    public async Task Newsroom_pages_pass_axe_in_each_interface_language()
    {
        Assert.True(File.Exists(BrowserFactAttribute.ChromiumPath), "Chromium is required under CI: apt-get install -y chromium");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync("editor@newsroom.test", "correct horse battery", Roles.Editor, "test");
        }

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var report = new StringBuilder(await AuditAsync(page, ["/manager/login"]));
        await page.FillAsync("input[name=Email]", "editor@newsroom.test");
        await page.FillAsync("input[name=Password]", "correct horse battery");
        await page.ClickAsync("button[type=submit].primary");
        await page.ArriveAtAsync("/manager$");

        foreach (var language in new[] { "ky", "ru", "ka" })
        {
            await context.AddCookiesAsync([new Cookie { Name = "cms-ui", Value = language, Url = site.BaseAddress.ToString() }]);
            report.Append(await AuditAsync(page,
            [
                "/manager", "/manager/stories/2023-08-22-osh-dialogue-platform", "/manager/paste", "/manager/media",
                "/manager/terms", "/manager/terms/place/osh", "/manager/audit",
            ]));
        }

        Assert.True(report.Length == 0, report.ToString());
    }

    private async Task<Dictionary<string, string>> SlugsAsync(string key)
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        var story = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{key}");
        return story.GetProperty("translations").EnumerateArray()
            .ToDictionary(t => t.GetProperty("language").GetString()!, t => t.GetProperty("slug").GetString()!, StringComparer.Ordinal);
    }

    /// <summary>The violations on each page, one line per failing element; empty when every page passes.</summary>
    private static async Task<string> AuditAsync(IPage page, IEnumerable<string> paths)
    {
        var report = new StringBuilder();
        foreach (var path in paths)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            var result = await page.RunAxe(Rules);
            foreach (var violation in result.Violations)
            {
                foreach (var node in violation.Nodes)
                {
                    report.Append(path).Append(' ').Append(violation.Id).Append(" (").Append(violation.Help).Append("): ")
                        .Append(node.Target).Append(' ').AppendLine(node.Html);
                }
            }
        }

        return report.ToString();
    }
}
