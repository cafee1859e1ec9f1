using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary>An article's JSON-LD (NewsArticle, Event) and its Open Graph / Twitter preview tags.</summary>
public sealed class StructuredDataTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private const string OshKy = "/ky/news/osh-shaarynda-dialog-ayantchasynyn-birinchi-jyyyny-ottu";
    private const string OshRu = "/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki";
    private const string HomeownersKa = "/ka/news/saertashoriso-seminari-binatmesakutreta-mkhardachera-resurstsentrebis-meshveobit";
    private const string GrantsRu = "/ru/news/v-bishkeke-obsudyat-realizatsiyu-programmy-malykh-grantov-v-novostroykakh";

    [Theory]
    [InlineData(OshKy, "ky", "Ош шаарында диалог аянтчасынын биринчи жыйыны өттү")]
    [InlineData(OshRu, "ru", "В Оше состоялось первое заседание диалоговой площадки")]
    [InlineData(HomeownersKa, "ka", "საერთაშორისო სემინარი - ბინათმესაკუთრეთა მხარდაჭერა რესურსცენტრების მეშვეობით")]
    public async Task A_seed_article_carries_a_news_article_with_the_required_properties(string path, string language, string headline)
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(path));
        var article = Node(page, "NewsArticle");

        Assert.Equal(headline, article.GetProperty("headline").GetString());
        Assert.Equal(language, article.GetProperty("inLanguage").GetString());
        Assert.EndsWith(path, article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("http", article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("description").GetString()));
        // The seed is published at 06:00 UTC: 12:00 in Bishkek, written with the offset.
        Assert.Matches(@"^\d{4}-\d\d-\d\dT12:00:00\+06:00$", article.GetProperty("datePublished").GetString());
        Assert.Equal(
            DateTimeOffset.Parse(article.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime,
            DateTimeOffset.Parse(article.GetProperty("dateModified").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        foreach (var role in new[] { "author", "publisher" })
        {
            Assert.Equal("Organization", article.GetProperty(role).GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty(role).GetProperty("name").GetString()));
        }

        var logo = article.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString()!;
        Assert.True(Uri.IsWellFormedUriString(logo, UriKind.Absolute));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(logo).AbsolutePath)).StatusCode);
    }

    [Fact]
    public async Task The_source_translation_is_the_work_and_the_other_is_its_translation()
    {
        using var client = factory.CreateClient();

        var ky = Node(await Html.ParseAsync(await client.GetAsync(OshKy)), "NewsArticle");
        var ru = Node(await Html.ParseAsync(await client.GetAsync(OshRu)), "NewsArticle");

        var translations = ky.GetProperty("workTranslation").EnumerateArray().ToList();
        Assert.Single(translations);
        Assert.EndsWith(OshRu, translations[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(ru.GetProperty("@id").GetString(), translations[0].GetProperty("@id").GetString());
        Assert.Equal(ky.GetProperty("@id").GetString(), ru.GetProperty("translationOfWork").GetProperty("@id").GetString());
        Assert.False(ru.TryGetProperty("workTranslation", out _));
        Assert.False(ky.TryGetProperty("translationOfWork", out _));
    }

    [Fact]
    public async Task Work_translation_links_name_live_translations_only()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slugs) = await StoryApi.CreateAsync(editor, new { kind = "news", sourceLanguage = "ru" }, ("ru", "Новость с черновым переводом"), ("ky", "Кара долбоор котормосу бар жаңылык"));
        await StoryApi.PublishAsync(editor, key, "ru");
        using var client = factory.CreateClient();

        var before = Node(await Html.ParseAsync(await client.GetAsync("/ru/news/" + slugs["ru"])), "NewsArticle");
        Assert.False(before.TryGetProperty("workTranslation", out _));

        await StoryApi.PublishAsync(editor, key, "ky");
        var after = Node(await Html.ParseAsync(await client.GetAsync("/ru/news/" + slugs["ru"])), "NewsArticle");
        var link = Assert.Single(after.GetProperty("workTranslation").EnumerateArray());
        Assert.EndsWith("/ky/news/" + slugs["ky"], link.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("ky", link.GetProperty("inLanguage").GetString());
    }

    [Fact]
    public async Task An_announcement_carries_an_event_with_the_sites_offset_place_online_link_and_organisers()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slugs) = await StoryApi.CreateAsync(editor, new
        {
            kind = "announcement", sourceLanguage = "ru", eventStart = "2026-12-10", eventEnd = "2026-12-11",
            organisers = new[] { "advocacy-centre-for-human-rights", "international-alert" },
            @event = new
            {
                startTime = "10:00", endTime = "12:30", venue = "osh", online = "https://meet.example.org/osh",
                address = new Dictionary<string, string> { ["ru"] = "ул. Ленина, 205", ["ky"] = "Ленин көчөсү, 205" },
            },
        }, ("ru", "Объявление: площадка в Оше"), ("ky", "Кулактандыруу: Оштогу аянтча"));
        await StoryApi.PublishAsync(editor, key, "ru");
        await StoryApi.PublishAsync(editor, key, "ky");
        using var client = factory.CreateClient();

        var ky = Node(await Html.ParseAsync(await client.GetAsync("/ky/news/" + slugs["ky"])), "Event");

        Assert.Equal("Кулактандыруу: Оштогу аянтча", ky.GetProperty("name").GetString());
        Assert.Equal("2026-12-10T10:00:00+06:00", ky.GetProperty("startDate").GetString());
        Assert.Equal("2026-12-11T12:30:00+06:00", ky.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/EventScheduled", ky.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/MixedEventAttendanceMode", ky.GetProperty("eventAttendanceMode").GetString());
        var locations = ky.GetProperty("location").EnumerateArray().ToList();
        var place = locations.Single(l => l.GetProperty("@type").GetString() == "Place");
        Assert.Equal("Ош", place.GetProperty("name").GetString());
        Assert.Equal("Ленин көчөсү, 205", place.GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal("Ош", place.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("https://meet.example.org/osh", locations.Single(l => l.GetProperty("@type").GetString() == "VirtualLocation").GetProperty("url").GetString());
        Assert.Equal(["Адам укуктары боюнча Эдвокаси борбору", "International Alert"],
            ky.GetProperty("organizer").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.EndsWith("/ky/news/" + slugs["ky"], ky.GetProperty("url").GetString(), StringComparison.Ordinal);

        var ru = Node(await Html.ParseAsync(await client.GetAsync("/ru/news/" + slugs["ru"])), "Event");
        Assert.Equal("ул. Ленина, 205", ru.GetProperty("location").EnumerateArray().First().GetProperty("address").GetProperty("streetAddress").GetString());
        Assert.Equal(["Эдвокаси центр по правам человека", "International Alert"],
            ru.GetProperty("organizer").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_whole_day_event_has_dates_only_and_news_has_no_event()
    {
        using var client = factory.CreateClient();

        var osh = await Html.ParseAsync(await client.GetAsync(OshRu));
        var grants = await Html.ParseAsync(await client.GetAsync(GrantsRu));
        var courtyard = await Html.ParseAsync(await client.GetAsync("/ky/news/yntymaktuu-jashoo-dolbooru-bishkekte-koopsuz-koroo-kichi-dolboorun-ishke"));

        var oshEvent = Node(osh, "Event");
        Assert.Equal("2023-08-22", oshEvent.GetProperty("startDate").GetString());
        Assert.Equal("2023-08-22", oshEvent.GetProperty("endDate").GetString());
        Assert.Equal("Ош", oshEvent.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", oshEvent.GetProperty("eventAttendanceMode").GetString());
        Assert.DoesNotContain(Nodes(grants), n => n.GetProperty("@type").GetString() == "Event"); // no event date
        Assert.DoesNotContain(Nodes(courtyard), n => n.GetProperty("@type").GetString() == "Event"); // news
    }

    [Fact]
    public async Task Story_text_cannot_close_the_json_ld_script()
    {
        using var editor = await factory.TokenClientAsync("editor");
        const string Title = "Заголовок </script><script>alert(1)</script> & «кавычки»";
        var (key, slugs) = await StoryApi.CreateAsync(editor, new { kind = "news", sourceLanguage = "ru" }, ("ru", Title));
        await StoryApi.PublishAsync(editor, key, "ru");
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/ru/news/" + slugs["ru"]);
        var page = await Html.ParseAsync(await client.GetAsync("/ru/news/" + slugs["ru"]));

        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal(Title, Node(page, "NewsArticle").GetProperty("headline").GetString());
        var block = html[html.IndexOf("application/ld+json", StringComparison.Ordinal)..];
        block = block[..block.IndexOf("</script>", StringComparison.Ordinal)];
        Assert.DoesNotContain("<", block[1..], StringComparison.Ordinal);
        Assert.Contains("Заголовок", block, StringComparison.Ordinal); // Cyrillic stays readable
    }

    [Fact]
    public async Task Open_graph_and_twitter_tags_describe_the_article_with_its_absolute_image()
    {
        using var author = await factory.ClientAsync("author");
        var image = await UploadAsync(author);
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slugs) = await StoryApi.CreateAsync(editor, new { kind = "news", sourceLanguage = "ru" }, ("ru", "Новость с фотографией"), ("ka", "სიახლე ფოტოსურათით"));
        using (var fields = await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "news", image, version = 1 }))
        {
            Assert.Equal(HttpStatusCode.OK, fields.StatusCode);
        }

        await StoryApi.PublishAsync(editor, key, "ru");
        await StoryApi.PublishAsync(editor, key, "ka");
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ru/news/" + slugs["ru"]));

        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("Новость с фотографией", Meta(page, "og:title"));
        Assert.Equal("Кыскача: Новость с фотографией", Meta(page, "og:description"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta(page, "og:url"));
        Assert.Equal("ru_RU", Meta(page, "og:locale"));
        Assert.Equal(["ka_GE"], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
        Assert.Equal("Новости диалога", Meta(page, "og:site_name"));
        var imageUrl = Meta(page, "og:image")!;
        // Shared by its widest JPEG rendition (here the only one: the picture is narrower than 480 px), not the original.
        Assert.Matches(@"^http://localhost/media/" + System.Text.RegularExpressions.Regex.Escape(image[..^4]) + @"-8-[0-9a-f]{12}\.jpg$", imageUrl);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(imageUrl).AbsolutePath)).StatusCode);
        Assert.Equal("8", Meta(page, "og:image:width"));
        Assert.Equal("6", Meta(page, "og:image:height"));
        Assert.Equal("Фото площадки", Meta(page, "og:image:alt"));
        Assert.Matches(@"\+06:00$", Meta(page, "article:published_time"));
        Assert.NotNull(Meta(page, "article:modified_time"));
        Assert.Equal("summary_large_image", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal(imageUrl, page.QuerySelector("meta[name='twitter:image']")!.GetAttribute("content"));
        Assert.Equal(imageUrl, Node(page, "NewsArticle").GetProperty("image").GetProperty("url").GetString());

        var ka = await Html.ParseAsync(await client.GetAsync("/ka/news/" + slugs["ka"]));
        Assert.Equal("ka_GE", Meta(ka, "og:locale"));
        Assert.Null(Meta(ka, "og:image:alt")); // no Georgian alt text was given
    }

    [Fact]
    public async Task An_article_without_a_picture_is_a_summary_card()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(OshRu));

        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal(["ky_KG"], page.QuerySelectorAll("meta[property='og:locale:alternate']").Select(m => m.GetAttribute("content")));
    }

    private static async Task<string> UploadAsync(HttpClient author)
    {
        var token = await NewsroomFactory.AntiforgeryTokenAsync(author, "/manager/media");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(MediaInspectorTests.Png(8, 6));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "platform.png");
        form.Add(new StringContent("Фото площадки"), "alt[ru]");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        using var response = await author.PostAsync("/manager/media?handler=upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var media = await Html.ParseAsync(await author.GetAsync("/manager/media"));
        var snippet = media.QuerySelectorAll("table code.md").Select(c => c.TextContent).First(c => c.Contains("Фото площадки", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Match(snippet, @"/media/([^)\s]+)").Groups[1].Value;
    }

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static List<JsonElement> Nodes(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        return [.. json.RootElement.GetProperty("@graph").EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonElement Node(IDocument page, string type) =>
        Nodes(page).Single(n => n.GetProperty("@type").GetString() == type);
}
