using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Uploads through the manager's media page, as a browser posts its form.</summary>
internal static class MediaUploads
{
    public static async Task<HttpResponseMessage> UploadAsync(
        HttpClient client, byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        var token = await NewsroomFactory.AntiforgeryTokenAsync(client, "/manager/media");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/manager/media?handler=upload", form);
    }

    /// <summary>The newest upload with its texts and renditions.</summary>
    public static async Task<MediaItem> NewestAsync(NewsroomFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Media.AsNoTracking()
            .Include(m => m.AltTexts).Include(m => m.Renditions).AsSplitQuery()
            .OrderByDescending(m => m.Id).FirstAsync();
    }

    /// <summary>A story with a Russian and a Kyrgyz translation, both published, with the picture; its key and slugs.</summary>
    public static async Task<(string Key, string RuSlug, string KySlug)> LiveStoryWithPictureAsync(NewsroomFactory factory, string title, string image)
    {
        using var editor = await factory.TokenClientAsync("editor");
        using var created = await editor.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "news",
            sourceLanguage = "ru",
            places = new[] { "Ош" },
            translations = new[]
            {
                new { language = "ru", title, body = "Текст новости." },
                new { language = "ky", title = title + " (ky)", body = "Жаңылыктын тексти." },
            },
        });
        created.EnsureSuccessStatusCode();
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        (await editor.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "news", places = new[] { "Ош" }, image })).EnsureSuccessStatusCode();
        foreach (var language in new[] { "ru", "ky" })
        {
            (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/{language}/publish", new { })).Dispose();
        }

        using var story = await editor.GetAsync($"/api/v1/stories/{key}");
        var translations = (await story.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("translations").EnumerateArray()
            .ToDictionary(t => t.GetProperty("language").GetString()!, t => t.GetProperty("slug").GetString()!);
        return (key, translations["ru"], translations["ky"]);
    }
}
