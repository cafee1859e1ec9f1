using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Newsroom;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary>A story's picture on the article (lead: not lazy, high priority, caption and credit in the page's language)
/// and as a thumbnail in lists (lazy, alt text in the page's language); both with srcset, sizes, width and height.</summary>
public sealed class PictureTests(PictureSiteFactory factory) : IClassFixture<PictureSiteFactory>, IAsyncLifetime
{
    private string key = "";
    private string ruSlug = "";
    private string kySlug = "";
    private string image = "";

    public async Task InitializeAsync() => (key, ruSlug, kySlug, image) = await factory.StoryAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_article_shows_its_lead_picture_at_once_with_renditions_and_its_caption_and_credit()
    {
        using var client = factory.CreateClient();

        var ru = await Html.ParseAsync(await client.GetAsync($"/ru/news/{ruSlug}"));
        var ky = await Html.ParseAsync(await client.GetAsync($"/ky/news/{kySlug}"));

        var figure = ru.QuerySelector("article figure.picture")!;
        var source = figure.QuerySelector("picture > source[type='image/webp']")!;
        var img = figure.QuerySelector("picture > img")!;
        AssertSrcSet(source.GetAttribute("srcset")!, ".webp", [480, 960, 1600]);
        AssertSrcSet(img.GetAttribute("srcset")!, ".jpg", [480, 960, 1600]);
        Assert.Equal(source.GetAttribute("sizes"), img.GetAttribute("sizes"));
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Matches(@"^/media/\d{4}/\d{2}/[0-9a-f]{32}-960-[0-9a-f]{12}\.jpg$", img.GetAttribute("src"));
        Assert.Equal(("960", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Equal("Участники за круглым столом", img.GetAttribute("alt"));
        Assert.Equal("Круглый стол в Оше, 22 августа", figure.QuerySelector("figcaption .caption")!.TextContent);
        Assert.Equal("Фото: Айбек Асанов", figure.QuerySelector("figcaption .credit")!.TextContent);

        var kyFigure = ky.QuerySelector("article figure.picture")!;
        Assert.Equal("Тегерек үстөлдүн катышуучулары", kyFigure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("Оштогу тегерек үстөл, 22-август", kyFigure.QuerySelector("figcaption .caption")!.TextContent);
        Assert.Equal("Сүрөт: Айбек Асанов", kyFigure.QuerySelector("figcaption .credit")!.TextContent);
    }

    [Theory]
    [InlineData("/ru/", "Участники за круглым столом")]
    [InlineData("/ky/", "Тегерек үстөлдүн катышуучулары")]
    [InlineData("/ru/place/osh", "Участники за круглым столом")]
    [InlineData("/ky/place/osh", "Тегерек үстөлдүн катышуучулары")]
    [InlineData("/ru/search?q=фотографией", "Участники за круглым столом")]
    public async Task Lists_show_a_lazy_thumbnail_with_its_alt_text_in_the_page_language(string list, string alt)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(list);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = page.QuerySelectorAll(".story-list > li").Single(li => li.QuerySelector("h2 a")!.GetAttribute("href")!.EndsWith("/news/" + (list.StartsWith("/ru", StringComparison.Ordinal) ? ruSlug : kySlug), StringComparison.Ordinal));
        var img = item.QuerySelector("picture.thumb > img")!;
        AssertSrcSet(item.QuerySelector("picture.thumb > source[type='image/webp']")!.GetAttribute("srcset")!, ".webp", [480, 960, 1600]);
        AssertSrcSet(img.GetAttribute("srcset")!, ".jpg", [480, 960, 1600]);
        Assert.False(string.IsNullOrEmpty(img.GetAttribute("sizes")));
        Assert.Equal(("960", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Null(img.GetAttribute("fetchpriority"));
        Assert.Equal(alt, img.GetAttribute("alt"));
        Assert.All(page.QuerySelectorAll(".story-list img"), i => Assert.Equal("lazy", i.GetAttribute("loading")));
    }

    [Fact]
    public async Task The_read_api_names_the_picture_its_renditions_and_texts_per_language()
    {
        using var client = factory.CreateClient();

        var story = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{key}");

        var image = story.GetProperty("image");
        Assert.Equal((2000, 1250), (image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32()));
        Assert.Equal("Айбек Асанов", image.GetProperty("credit").GetString());
        var renditions = image.GetProperty("renditions").EnumerateArray().ToList();
        Assert.Equal(6, renditions.Count);
        Assert.All(renditions, r => Assert.StartsWith("http", r.GetProperty("url").GetString(), StringComparison.Ordinal));
        var texts = image.GetProperty("texts").EnumerateArray().ToDictionary(t => t.GetProperty("language").GetString()!);
        Assert.Equal("Оштогу тегерек үстөл, 22-август", texts["ky"].GetProperty("caption").GetString());
        Assert.Equal("Айбек Асанов", texts["ru"].GetProperty("credit").GetString());
    }

    [Fact]
    public async Task Previews_and_structured_data_get_the_widest_jpeg_rendition_with_its_size()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var pictures = scope.ServiceProvider.GetRequiredService<Cms.Web.Pictures.MediaPictures>();
        var item = await MediaUploads.NewestAsync(factory);
        Assert.Equal(image, item.StoredName);

        var shared = await pictures.SharedAsync(item.StoredName, "ky", CancellationToken.None);

        Assert.NotNull(shared);
        Assert.Equal(("image/jpeg", 1600, 1000), (shared.ContentType, shared.Width, shared.Height));
        var widest = item.Renditions.Single(r => r.ContentType == "image/jpeg" && r.Width == 1600);
        Assert.Equal(("/media/" + widest.StoredName, widest.SizeBytes), (shared.Url, shared.SizeBytes));
        Assert.Equal("Тегерек үстөлдүн катышуучулары", shared.Alt);
        Assert.Null(await pictures.SharedAsync("2026/11/00000000000000000000000000000000.jpg", "ky", CancellationToken.None));
    }

    [Fact]
    public async Task A_story_without_a_picture_has_no_picture_markup()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki"));

        Assert.Empty(page.QuerySelectorAll("article picture, article figure"));
    }

    [Fact]
    public async Task A_picture_in_the_text_is_shown_by_its_renditions_lazily_and_other_images_as_written()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (story, slugs) = await StoryApi.CreateAsync(editor, new { kind = "news", sourceLanguage = "ru" }, ("ru", "Новость с фото в тексте"));
        var body = $"Первый абзац.\n\n![Зал перед началом](/media/{image} \"Зал\")\n\nИ картинка не из медиатеки: ![схема](/media/2020/01/none.png)";
        (await editor.PutAsJsonAsync($"/api/v1/stories/{story}/translations/ru", new { title = "Новость с фото в тексте", body })).EnsureSuccessStatusCode();
        await StoryApi.PublishAsync(editor, story, "ru");
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync($"/ru/news/{slugs["ru"]}"));

        var picture = Assert.Single(page.QuerySelectorAll("article .body picture.body-picture"));
        AssertSrcSet(picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!, ".webp", [480, 960, 1600]);
        var img = picture.QuerySelector("img")!;
        AssertSrcSet(img.GetAttribute("srcset")!, ".jpg", [480, 960, 1600]);
        Assert.Equal(("960", "600"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Equal("Зал перед началом", img.GetAttribute("alt")); // the text's own alt, not the library's
        Assert.Equal("Зал", img.GetAttribute("title"));
        var other = page.QuerySelector("article .body img[src='/media/2020/01/none.png']")!;
        Assert.Equal("схема", other.GetAttribute("alt"));
        Assert.Null(other.GetAttribute("srcset"));
    }

    private static void AssertSrcSet(string srcset, string extension, int[] widths)
    {
        var candidates = srcset.Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal([.. widths.Select(w => w + "w")], candidates.Select(c => c[1]));
        Assert.All(candidates, c => Assert.Matches(@"^/media/\d{4}/\d{2}/[0-9a-f]{32}-\d+-[0-9a-f]{12}\" + extension + "$", c[0]));
    }
}
