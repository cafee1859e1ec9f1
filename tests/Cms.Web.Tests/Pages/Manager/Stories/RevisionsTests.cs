using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Pages.Manager.Stories;

/// <summary>The revision table offers a comparison only when there are two revisions to compare.</summary>
public sealed class RevisionsTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task One_revision_has_no_compare_button_two_have_one()
    {
        using var author = await factory.TokenClientAsync("author");
        using var created = await author.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = "Одна версия", body = "Первый текст." } },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Stories.Where(s => s.Key == key).Select(s => s.Id).SingleAsync();
        }

        using var browser = await factory.ClientAsync("author");
        (await browser.GetAsync("/manager/ui/ru")).Dispose();

        var one = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}/ru/revisions"));
        Assert.Single(one.QuerySelectorAll("tr[data-revision]"));
        Assert.Null(one.QuerySelector("[data-compare]"));
        Assert.Empty(one.QuerySelectorAll("input[type=radio]"));
        Assert.Equal("создание", one.QuerySelector("td[data-note]")!.TextContent);

        (await author.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ru", new { title = "Одна версия", body = "Второй текст." })).EnsureSuccessStatusCode();

        var two = await Html.ParseAsync(await browser.GetAsync($"/manager/stories/{id}/ru/revisions"));
        Assert.Equal(2, two.QuerySelectorAll("tr[data-revision]").Length);
        Assert.NotNull(two.QuerySelector("[data-compare]"));
        Assert.Equal(4, two.QuerySelectorAll("input[type=radio]").Length);
        Assert.Equal(["сохранение", "создание"], two.QuerySelectorAll("td[data-note]").Select(n => n.TextContent));
    }
}
