using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Terms;

/// <summary>Terms on reader pages: named in the page's language, a fallback marked with its own <c>lang</c>; term pages;
/// facets and filters by key across languages; every name of a story's terms searched in every language.</summary>
public sealed class TermPagesTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private const string OshRu = "/ru/news/v-oshe-sostoyalos-pervoe-zasedanie-dialogovoy-ploshchadki";
    private const string CourtyardKy = "/ky/news/yntymaktuu-jashoo-dolbooru-bishkekte-koopsuz-koroo-kichi-dolboorun-ishke";

    [Fact]
    public async Task An_article_names_its_terms_in_its_language_and_links_their_pages()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(OshRu));

        var tags = page.QuerySelectorAll("dd.terms a[href^='/ru/tag/']").ToList();
        Assert.Equal(["диалоговая площадка", "новостройки"], tags.Select(a => a.TextContent));
        Assert.Equal(["/ru/tag/dialogue-platform", "/ru/tag/new-settlements"], tags.Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("dd.terms a"), a => Assert.False(a.HasAttribute("lang")));
        Assert.Equal("Эдвокаси центр по правам человека", page.QuerySelector("a[href='/ru/organisation/advocacy-centre-for-human-rights']")!.TextContent);
    }

    [Fact]
    public async Task A_term_without_a_label_in_the_pages_language_falls_back_and_says_which_language()
    {
        using var editor = await factory.TokenClientAsync("editor");
        using var created = await editor.PutAsJsonAsync("/api/v1/terms/tag/tbilisi-forum", new { labels = new { ka = "თბილისის ფორუმი" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var tagged = await editor.PutAsJsonAsync("/api/v1/stories/2023-08-22-osh-dialogue-platform", new
        {
            kind = "news", eventStart = "2023-08-22", eventEnd = "2023-08-22", places = new[] { "osh" },
            organisers = new[] { "advocacy-centre-for-human-rights" }, project = "araket", tags = new[] { "dialogue-platform", "tbilisi-forum" },
        });
        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        (await editor.PostAsync("/api/v1/stories/2023-08-22-osh-dialogue-platform/publish", null)).EnsureSuccessStatusCode();
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync(OshRu));

        var fallback = page.QuerySelector("a[href='/ru/tag/tbilisi-forum']")!;
        Assert.Equal("თბილისის ფორუმი", fallback.TextContent);
        Assert.Equal("ka", fallback.GetAttribute("lang"));
        var own = page.QuerySelector("a[href='/ru/tag/dialogue-platform']")!;
        Assert.False(own.HasAttribute("lang"));
    }

    [Fact]
    public async Task A_term_page_lists_its_stories_in_every_language_marking_the_ones_in_another()
    {
        using var client = factory.CreateClient();

        var ru = await Html.ParseAsync(await client.GetAsync("/ru/tag/new-settlements"));
        Assert.Equal("новостройки", ru.QuerySelector("h1")!.TextContent);
        Assert.Equal([null, null, null], ru.QuerySelectorAll("ul.story-list > li").Select(i => i.GetAttribute("lang")));

        // No story has Georgian: each is shown in its own language first, and marked.
        var ka = await Html.ParseAsync(await client.GetAsync("/ka/tag/new-settlements"));
        Assert.Equal(["ru", "ky", "ky"], ka.QuerySelectorAll("ul.story-list > li").Select(i => i.GetAttribute("lang")));
        Assert.Equal("ky", ka.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("ka", ka.DocumentElement.GetAttribute("lang"));
        Assert.Equal("новостройки", ka.QuerySelector(".also span[lang=ru]")!.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ru/tag/no-such-tag")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ru/person/osh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ru/tag/new-settlements?page=9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/ru/tag/new-settlements?page=x")).StatusCode);
    }

    [Fact]
    public async Task Facets_count_a_term_once_across_languages_and_filter_by_its_key_or_any_name()
    {
        using var client = factory.CreateClient();

        var page = await Html.ParseAsync(await client.GetAsync("/ka/search?q=" + Uri.EscapeDataString("Аракет")));
        var facet = page.QuerySelectorAll("[data-facet=tag] li a").Single(a => a.GetAttribute("href")!.Contains("tag=new-settlements", StringComparison.Ordinal));
        Assert.Equal("жаңы конуштар", facet.TextContent);
        Assert.Equal("ky", facet.GetAttribute("lang"));

        var byKey = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("Аракет") + "&tag=new-settlements");
        var byName = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("Аракет") + "&tag=" + Uri.EscapeDataString("новостройки"));
        Assert.Equal(3, byKey.GetProperty("total").GetInt32());
        Assert.Equal(HashSet(byKey), HashSet(byName));
        var languages = byKey.GetProperty("facets").GetProperty("languages").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("ky", languages);
        Assert.Contains("ru", languages);
    }

    [Fact]
    public async Task A_russian_query_finds_a_kyrgyz_story_through_its_tags_russian_label()
    {
        using var client = factory.CreateClient();
        var text = await client.GetStringAsync(CourtyardKy);
        Assert.DoesNotContain("видеонаблюд", text, StringComparison.OrdinalIgnoreCase);

        var found = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("видеонаблюдения"));

        var hit = Assert.Single(found.GetProperty("hits").EnumerateArray());
        Assert.Equal("2022-03-10-safe-courtyard-bishkek", hit.GetProperty("storyKey").GetString());
    }

    [Fact]
    public async Task Renaming_a_term_is_searchable_at_once_and_bad_terms_are_refused_with_field_errors()
    {
        using var editor = await factory.TokenClientAsync("editor");
        using var client = factory.CreateClient();
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("тынчтык"))).GetProperty("total").GetInt32());

        var term = await client.GetFromJsonAsync<JsonElement>("/api/v1/terms/project/yntymaktuu-jashoo?lang=ru");
        Assert.Equal("Ынтымактуу жашоо", term.GetProperty("label").GetString());
        using var renamed = await editor.PutAsJsonAsync("/api/v1/terms/project/yntymaktuu-jashoo", new
        {
            labels = new { ky = "Ынтымактуу жашоо", ru = "Жить в мире" },
            aliases = new[] { "тынчтык" },
            version = 1,
        });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/v1/search?q=" + Uri.EscapeDataString("тынчтык"))).GetProperty("total").GetInt32());
        Assert.Equal("Жить в мире", (await client.GetFromJsonAsync<JsonElement>("/api/v1/terms/project/yntymaktuu-jashoo?lang=ru")).GetProperty("label").GetString());

        using var stale = await editor.PutAsJsonAsync("/api/v1/terms/project/yntymaktuu-jashoo", new { labels = new { ky = "Башка" }, version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        using var badKey = await editor.PutAsJsonAsync("/api/v1/terms/tag/Bad%20Key", new { labels = new { ru = "плохо" } });
        Assert.Contains("key", await badKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        using var unnamed = await editor.PutAsJsonAsync("/api/v1/terms/tag/nameless", new { aliases = new[] { "x" } });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        using var unknownLanguage = await editor.PutAsJsonAsync("/api/v1/terms/tag/english", new { labels = new { en = "English" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownLanguage.StatusCode);
        using var author = await factory.TokenClientAsync("author");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PutAsJsonAsync("/api/v1/terms/tag/by-author", new { labels = new { ru = "автор" } })).StatusCode);
        using var unknownStoryTerm = await editor.PutAsJsonAsync("/api/v1/stories/2022-03-10-safe-courtyard-bishkek", new { kind = "news", places = new[] { "Нарын" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownStoryTerm.StatusCode);
        Assert.Contains("Нарын", await unknownStoryTerm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_read_api_gives_terms_as_key_label_and_labels()
    {
        using var client = factory.CreateClient();

        var story = await client.GetFromJsonAsync<JsonElement>("/api/v1/stories/2023-08-22-osh-dialogue-platform?lang=ka");

        var place = story.GetProperty("places")[0];
        Assert.Equal("osh", place.GetProperty("key").GetString());
        Assert.Equal("ოში", place.GetProperty("label").GetString());
        Assert.Equal("Ош", place.GetProperty("labels").GetProperty("ky").GetString());
        Assert.Equal("araket", story.GetProperty("project").GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/stories/2023-08-22-osh-dialogue-platform?lang=en")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/terms/person")).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/terms/place?q=" + Uri.EscapeDataString("ош") + "&lang=ru");
        Assert.Equal("osh", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task The_terms_page_shows_which_labels_are_missing_and_the_editor_offers_every_name()
    {
        using var editor = await factory.ClientAsync("editor");

        var missing = await Html.ParseAsync(await editor.GetAsync("/manager/terms?vocabulary=project&missing=ky"));
        var rows = missing.QuerySelectorAll("table.terms-matrix tbody tr").ToList();
        Assert.Contains(rows, r => r.TextContent.Contains("housing-reform-eastern-partnership", StringComparison.Ordinal) && r.QuerySelector("td.missing[data-missing=ky]") is not null);
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("araket", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await editor.GetAsync("/manager/terms?vocabulary=person")).StatusCode);

        var form = await Html.ParseAsync(await editor.GetAsync("/manager/terms/place/osh"));
        Assert.Equal("ოში", form.QuerySelector("#label-ka")!.GetAttribute("value"));
    }

    private static HashSet<string> HashSet(JsonElement result) =>
        [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("storyKey").GetString()!)];
}
