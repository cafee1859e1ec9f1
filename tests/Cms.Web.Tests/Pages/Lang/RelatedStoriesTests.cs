using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary>Related stories follow publishing at once: a new story that shares more terms comes first on the next view,
/// and leaves when it is unpublished.</summary>
public sealed class RelatedStoriesTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private const string OshKy = "/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu";

    [Fact]
    public async Task A_published_story_sharing_more_terms_comes_first_and_leaves_when_unpublished()
    {
        using var client = factory.CreateClient();
        var before = await RelatedAsync(client);
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slugs) = await StoryApi.CreateAsync(editor, new
        {
            kind = "dialogue-platform", sourceLanguage = "ky", places = new[] { "osh" }, organisers = new[] { "advocacy-centre-for-human-rights" },
            project = "araket", tags = new[] { "dialogue-platform", "new-settlements" },
        }, ("ky", "Оштогу диалог аянтчасынын экинчи жыйыны"), ("ru", "Второе заседание площадки в Оше"));

        await StoryApi.PublishAsync(editor, key, "ru");
        var withRussian = await RelatedAsync(client);
        await StoryApi.PublishAsync(editor, key, "ky");
        var withKyrgyz = await RelatedAsync(client);
        (await editor.PostAsync($"/api/v1/stories/{key}/translations/ky/unpublish", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        (await editor.PostAsync($"/api/v1/stories/{key}/translations/ru/unpublish", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        var after = await RelatedAsync(client);

        Assert.Equal("/ru/news/" + slugs["ru"], withRussian[0]); // only in Russian so far: shown in Russian, marked
        Assert.Equal("/ky/news/" + slugs["ky"], withKyrgyz[0]);
        Assert.Equal(before, withKyrgyz.Skip(1).Take(before.Count));
        Assert.Equal(before, after);
    }

    private static async Task<List<string>> RelatedAsync(HttpClient client)
    {
        var page = await Html.ParseAsync(await client.GetAsync(OshKy));
        return [.. page.QuerySelectorAll("section.related a").Select(a => a.GetAttribute("href")!)];
    }
}
