using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cms.Web.Tests.Pages.Lang;

/// <summary>Stories made through the write API for page tests: created, then published language by language.</summary>
internal static class StoryApi
{
    /// <summary>Creates a story with the given translations (language → title); returns its key and slugs by language.</summary>
    public static async Task<(string Key, Dictionary<string, string> Slugs)> CreateAsync(HttpClient editor, object fields, params (string Language, string Title)[] translations)
    {
        var body = JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["translations"] = JsonSerializer.SerializeToNode(translations.Select(t => new { language = t.Language, title = t.Title, summary = "Кыскача: " + t.Title, body = "Текст." }));
        using var created = await editor.PostAsync("/api/v1/stories", JsonContent.Create(body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var story = await created.Content.ReadFromJsonAsync<JsonElement>();
        var slugs = story.GetProperty("translations").EnumerateArray()
            .ToDictionary(t => t.GetProperty("language").GetString()!, t => t.GetProperty("slug").GetString()!, StringComparer.Ordinal);
        return (story.GetProperty("key").GetString()!, slugs);
    }

    public static async Task PublishAsync(HttpClient editor, string key, string language) =>
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/{language}/publish", new { })).EnsureSuccessStatusCode();
}
