using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary><c>/{lang}/events</c> around "now" (a controllable clock), and the event block of an article.</summary>
public sealed class EventsTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task Upcoming_events_come_first_soonest_first_then_past_ones_latest_first_and_move_when_they_end()
    {
        using var editor = await factory.TokenClientAsync("editor");
        await EventAsync(editor, "Семинар в декабре", "2026-12-05", "2026-12-05", new { startTime = "10:00", endTime = "13:00", venue = "osh" });
        await EventAsync(editor, "Тренинг идёт сейчас", "2026-11-20", "2026-11-23", null);
        await EventAsync(editor, "Круглый стол в ноябре", "2026-11-01", null, null);
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ru/events"));

        Assert.Equal(["Тренинг идёт сейчас", "Семинар в декабре"], Titles(page, "upcoming"));
        Assert.Equal(["Круглый стол в ноябре", "В Оше состоялось первое заседание диалоговой площадки", "Эдвокаси Центр формирует инициативной группы в пилотных сообществах"],
            Titles(page, "past").Take(3));

        factory.Clock.Advance(TimeSpan.FromDays(14)); // 2026-12-06: the December seminar is over
        var later = await Html.ParseAsync(await client.GetAsync("/ru/events"));
        Assert.Empty(Titles(later, "upcoming"));
        Assert.Equal(["Семинар в декабре", "Тренинг идёт сейчас", "Круглый стол в ноябре"], Titles(later, "past").Take(3));
        factory.Clock.Advance(TimeSpan.FromDays(-14));

        // A Georgian reader sees every event, each in a language it has, marked.
        var ka = await Html.ParseAsync(await client.GetAsync("/ka/events"));
        Assert.Equal("ka", ka.DocumentElement.GetAttribute("lang"));
        Assert.All(ka.QuerySelectorAll("ul.story-list > li"), li => Assert.NotEqual("ka", li.GetAttribute("lang")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ru/events?page=99")).StatusCode);
    }

    [Fact]
    public async Task An_article_shows_when_and_where_in_the_readers_language()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var slug = await EventAsync(editor, "Диалоговая площадка в Оше", "2026-12-10", null, new
        {
            startTime = "10:00", endTime = "12:30", venue = "Ош", online = "https://meet.example.org/osh",
            registration = "https://forms.example.org/osh", registrationDeadline = "2026-12-08",
            address = new Dictionary<string, string> { ["ru"] = "ул. Ленина, 205", ["ky"] = "Ленин көчөсү, 205" },
        });
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ru/news/" + slug));

        var block = page.QuerySelector("section.event")!;
        Assert.Equal("О мероприятии", block.QuerySelector("h2")!.TextContent);
        Assert.Contains("10 декабря 2026", block.QuerySelector("time")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10:00 – 12:30", block.QuerySelector("time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/ru/place/osh", block.QuerySelector("a[href^='/ru/place/']")!.GetAttribute("href"));
        Assert.Equal("Ош", block.QuerySelector("a[href^='/ru/place/']")!.TextContent);
        Assert.Equal("ул. Ленина, 205", block.QuerySelector(".address")!.TextContent);
        Assert.NotNull(block.QuerySelector("a[href='https://meet.example.org/osh']"));
        Assert.Contains("Регистрация до", block.QuerySelector(".deadline")!.TextContent, StringComparison.Ordinal);

        var api = await client.GetFromJsonAsync<JsonElement>("/api/v1/stories?lang=ru");
        var listed = api.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("translations")[0].GetProperty("slug").GetString() == slug);
        Assert.Equal("10:00", listed.GetProperty("event").GetProperty("startTime").GetString());
        Assert.Equal("osh", listed.GetProperty("event").GetProperty("venue").GetProperty("key").GetString());
        Assert.Equal("ул. Ленина, 205", listed.GetProperty("event").GetProperty("address").GetString());
        Assert.Equal("Ленин көчөсү, 205", listed.GetProperty("event").GetProperty("addresses").GetProperty("ky").GetString());
        var ky = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{listed.GetProperty("key").GetString()}?lang=ky");
        Assert.Equal("Ленин көчөсү, 205", ky.GetProperty("event").GetProperty("address").GetString());
    }

    [Theory]
    [InlineData("{\"startTime\":\"25:99\"}", "eventStartTime")]
    [InlineData("{\"online\":\"javascript:alert(1)\"}", "online")]
    [InlineData("{\"registration\":\"ftp://example.org\"}", "registration")]
    [InlineData("{\"registrationDeadline\":\"2026-12-31\"}", "registrationDeadline")]
    [InlineData("{\"startTime\":\"12:00\",\"endTime\":\"10:00\"}", "eventEndTime")]
    [InlineData("{\"venue\":\"Атлантида\"}", "places")]
    [InlineData("{\"address\":{\"en\":\"Lenin Street\"}}", "venueAddress")]
    [InlineData("{\"address\":{\"ru\":\"ул. Ленина\\n205\"}}", "venueAddress")]
    public async Task Bad_event_details_are_refused_with_a_field_error(string details, string field)
    {
        using var editor = await factory.TokenClientAsync("editor");
        var body = $"{{\"kind\":\"seminar\",\"sourceLanguage\":\"ru\",\"eventStart\":\"2026-12-20\",\"event\":{details},\"translations\":[{{\"language\":\"ru\",\"title\":\"Плохое событие\",\"body\":\"Текст.\"}}]}}";

        using var response = await editor.PostAsync("/api/v1/stories", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(AngleSharp.Dom.IDocument page, string section) =>
        [.. page.QuerySelectorAll($"section.{section} ul.story-list > li h2").Select(h => h.TextContent.Trim())];

    /// <summary>Creates and publishes a seminar in Russian; returns its slug.</summary>
    private static async Task<string> EventAsync(HttpClient editor, string title, string start, string? end, object? details)
    {
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "seminar", sourceLanguage = "ru", eventStart = start, eventEnd = end, @event = details,
            translations = new[] { new { language = "ru", title, body = "Текст о мероприятии." } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var story = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = story.GetProperty("key").GetString();
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { })).EnsureSuccessStatusCode();
        return story.GetProperty("translations")[0].GetProperty("slug").GetString()!;
    }
}
