using System.Net;
using System.Net.Http.Json;
using Cms.Web.Tests.Newsroom;
using Ical.Net.DataTypes;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary><c>/{lang}/events/{slug-or-key}.ics</c> and <c>/{lang}/events/calendar.ics</c>, read back with Ical.Net.</summary>
public sealed class CalendarTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task A_timed_event_starts_at_the_right_instant_in_bishkek_with_its_texts_in_the_language()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (key, slugs) = await StoryApi.CreateAsync(editor, new
        {
            kind = "announcement", sourceLanguage = "ru", eventStart = "2026-12-10",
            @event = new
            {
                startTime = "10:00", endTime = "12:30", venue = "osh", online = "https://meet.example.org/osh",
                address = new Dictionary<string, string> { ["ru"] = "ул. Ленина, 205" },
            },
        }, ("ru", "Диалоговая площадка в Оше"), ("ky", "Оштогу диалог аянтчасы"));
        await StoryApi.PublishAsync(editor, key, "ru");
        await StoryApi.PublishAsync(editor, key, "ky");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/ky/events/{slugs["ky"]}.ics");
        var calendar = await LoadAsync(response);

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var item = Assert.Single(calendar.Events);
        Assert.Equal(new DateTime(2026, 12, 10, 4, 0, 0, DateTimeKind.Utc), item.DtStart!.AsUtc); // 10:00 at UTC+6
        Assert.Equal(new DateTime(2026, 12, 10, 6, 30, 0, DateTimeKind.Utc), item.DtEnd!.AsUtc);
        Assert.Equal("Asia/Bishkek", item.DtStart.TzId);
        Assert.Equal("Asia/Bishkek", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal("Оштогу диалог аянтчасы", item.Summary);
        Assert.Equal("Ош, ул. Ленина, 205", item.Location); // no Kyrgyz address line: the Russian one
        Assert.Contains("https://meet.example.org/osh", item.Description, StringComparison.Ordinal);
        Assert.Equal($"http://localhost/ky/news/{slugs["ky"]}", item.Url!.ToString());
        Assert.Equal(key + "@localhost", item.Uid);
        Assert.NotNull(item.DtStamp);

        // The story key finds it too, with the same UID; in Russian the texts are Russian.
        var byKey = Assert.Single((await LoadAsync(await client.GetAsync($"/ru/events/{key}.ics"))).Events);
        Assert.Equal(item.Uid, byKey.Uid);
        Assert.Equal("Диалоговая площадка в Оше", byKey.Summary);
        Assert.Equal("Ош, ул. Ленина, 205", byKey.Location);
        Assert.Equal(item.DtStart.AsUtc, byKey.DtStart!.AsUtc);
    }

    [Fact]
    public async Task An_event_at_a_place_in_another_zone_keeps_its_own_local_time_in_the_calendar_the_page_and_the_json_ld()
    {
        using var editor = await factory.TokenClientAsync("editor");
        using var place = await editor.PutAsJsonAsync("/api/v1/terms/place/tbilisi", new { labels = new { ka = "თბილისი", ru = "Тбилиси" }, timeZone = "Asia/Tbilisi" });
        Assert.Equal(HttpStatusCode.Created, place.StatusCode);
        Assert.Equal("Asia/Tbilisi", (await place.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("timeZone").GetString());
        var (key, slugs) = await StoryApi.CreateAsync(editor, new
        {
            kind = "round-table", sourceLanguage = "ka", eventStart = "2026-12-12",
            @event = new { startTime = "10:00", endTime = "13:00", venue = "tbilisi" },
        }, ("ka", "მრგვალი მაგიდა თბილისში"), ("ru", "Круглый стол в Тбилиси"));
        await StoryApi.PublishAsync(editor, key, "ka");
        await StoryApi.PublishAsync(editor, key, "ru");
        using var client = factory.CreateClient();

        var one = Assert.Single((await LoadAsync(await client.GetAsync($"/ka/events/{slugs["ka"]}.ics"))).Events);
        Assert.Equal("Asia/Tbilisi", one.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 12, 6, 0, 0, DateTimeKind.Utc), one.DtStart.AsUtc); // 10:00 at UTC+4, not UTC+6
        Assert.Equal(new DateTime(2026, 12, 12, 9, 0, 0, DateTimeKind.Utc), one.DtEnd!.AsUtc);

        // The language's calendar carries both zones: the site's and the venue's.
        var ru = await LoadAsync(await client.GetAsync("/ru/events/calendar.ics"));
        Assert.Equal(["Asia/Bishkek", "Asia/Tbilisi"], ru.TimeZones.Select(z => z.TzId).Order(StringComparer.Ordinal));
        Assert.Equal(one.DtStart.AsUtc, ru.Events.Single(e => e.Uid == one.Uid).DtStart!.AsUtc);

        // The article says which zone (the site's is Bishkek's), and its JSON-LD carries Tbilisi's offset.
        var article = await Html.ParseAsync(await client.GetAsync($"/ru/news/{slugs["ru"]}"));
        Assert.Contains("(UTC+4)", article.QuerySelector("section.event time")!.TextContent, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var node = json.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "Event");
        Assert.Equal("2026-12-12T10:00:00+04:00", node.GetProperty("startDate").GetString());
        Assert.Equal("2026-12-12T13:00:00+04:00", node.GetProperty("endDate").GetString());

        // In Bishkek the seed event's times carry no zone: it is the site's.
        using var osh = await editor.GetAsync("/api/v1/terms/place/osh");
        Assert.Equal("Asia/Bishkek", (await osh.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("timeZone").GetString());
    }

    [Theory]
    [InlineData("place", "Europe/Atlantis", "'Europe/Atlantis' is not a time zone")]
    [InlineData("place", "Central Asia Standard Time", "is not a time zone")]
    [InlineData("tag", "Asia/Tbilisi", "Only a place has a time zone")]
    public async Task A_time_zone_that_is_not_an_iana_zone_of_a_place_is_refused_by_the_api(string vocabulary, string zone, string message)
    {
        using var editor = await factory.TokenClientAsync("editor");

        using var response = await editor.PutAsJsonAsync($"/api/v1/terms/{vocabulary}/zoned", new { labels = new { ru = "Где-то" }, timeZone = zone });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
        Assert.Contains(message, errors.GetProperty("timeZone")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/terms/{vocabulary}/zoned")).StatusCode);
    }

    [Fact]
    public async Task A_whole_day_event_is_a_date_ending_on_the_next_day()
    {
        using var client = factory.CreateClient();

        var calendar = await LoadAsync(await client.GetAsync("/ky/events/2023-08-22-osh-dialogue-platform.ics"));

        var item = Assert.Single(calendar.Events);
        Assert.False(item.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2023, 8, 22), item.DtStart.Date);
        Assert.Equal(new DateOnly(2023, 8, 23), item.DtEnd!.Date);
        Assert.True(item.IsAllDay);
        Assert.Equal("Ош шаарында диалог аянтчасынын биринчи жыйыны өттү", item.Summary);
    }

    [Fact]
    public async Task The_calendar_lists_upcoming_and_recent_events_in_its_language_only()
    {
        using var editor = await factory.TokenClientAsync("editor");
        var (ruOnly, _) = await StoryApi.CreateAsync(editor, new { kind = "seminar", sourceLanguage = "ru", eventStart = "2026-12-20" }, ("ru", "Семинар только по-русски"));
        await StoryApi.PublishAsync(editor, ruOnly, "ru");
        var (both, _) = await StoryApi.CreateAsync(editor, new { kind = "training", sourceLanguage = "ky", eventStart = "2026-12-01", eventEnd = "2026-12-03" }, ("ky", "Тренинг эки тилде"), ("ru", "Тренинг на двух языках"));
        await StoryApi.PublishAsync(editor, both, "ky");
        await StoryApi.PublishAsync(editor, both, "ru");
        var (draft, _) = await StoryApi.CreateAsync(editor, new { kind = "seminar", sourceLanguage = "ky", eventStart = "2026-12-05" }, ("ky", "Жарыяланбаган семинар"));
        var (old, _) = await StoryApi.CreateAsync(editor, new { kind = "seminar", sourceLanguage = "ky", eventStart = "2026-09-01" }, ("ky", "Эски семинар"));
        await StoryApi.PublishAsync(editor, old, "ky");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/ky/events/calendar.ics");
        var ky = await LoadAsync(response);
        var ru = await LoadAsync(await client.GetAsync("/ru/events/calendar.ics"));

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var kyUids = ky.Events.Select(e => e.Uid).ToList();
        Assert.Contains(both + "@localhost", kyUids);
        Assert.DoesNotContain(ruOnly + "@localhost", kyUids); // no Kyrgyz translation
        Assert.DoesNotContain(draft + "@localhost", kyUids); // not published
        Assert.DoesNotContain(old + "@localhost", kyUids); // over for more than a month
        Assert.DoesNotContain("2023-08-22-osh-dialogue-platform@localhost", kyUids);
        Assert.Equal("Тренинг эки тилде", ky.Events.Single(e => e.Uid == both + "@localhost").Summary);
        Assert.Equal([both + "@localhost", ruOnly + "@localhost"], ru.Events.Select(e => e.Uid).Where(u => u == both + "@localhost" || u == ruOnly + "@localhost"));
        Assert.Equal("Тренинг на двух языках", ru.Events.Single(e => e.Uid == both + "@localhost").Summary);
        Assert.Equal(new DateOnly(2026, 12, 4), ru.Events.Single(e => e.Uid == both + "@localhost").DtEnd!.Date);
    }

    [Theory]
    [InlineData("/ru/events/no-such-event.ics")]
    [InlineData("/ru/events/2023-11-15-bishkek-small-grants-round-table.ics")] // a story without an event date
    [InlineData("/en/events/calendar.ics")]
    public async Task An_unknown_event_is_404(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_article_links_its_event_file_and_the_events_page_the_calendar()
    {
        using var client = factory.CreateClient();

        var article = await Html.ParseAsync(await client.GetAsync("/ka/events"));
        var osh = await Html.ParseAsync(await client.GetAsync("/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki"));

        Assert.Equal("/ka/events/calendar.ics", article.QuerySelector(".subscribe a")!.GetAttribute("href"));
        Assert.Equal("ღონისძიებების კალენდრის გამოწერა (.ics)", article.QuerySelector(".subscribe a")!.TextContent);
        var link = osh.QuerySelector("section.event a.ics")!;
        Assert.Equal("/ru/events/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki.ics", link.GetAttribute("href"));
        Assert.Equal("Добавить в календарь (.ics)", link.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href"))).StatusCode);
    }

    private static async Task<Ical.Net.Calendar> LoadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
    }
}
