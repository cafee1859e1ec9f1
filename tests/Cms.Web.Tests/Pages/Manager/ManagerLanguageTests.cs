using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cms.Web.Data;
using Cms.Web.Tests.Newsroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Pages.Manager;

/// <summary>The manager in Kyrgyz, Russian and Georgian shows no English audit action, role, status or revision note.</summary>
public sealed partial class ManagerLanguageTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    /// <summary>The codes the newsroom stores, as they would leak onto a page untranslated.</summary>
    private static readonly string[] EnglishWords =
    [
        "sign-in", "sign-in-failed", "sign-out", "publish", "published", "schedule", "scheduled", "unpublish", "unpublished",
        "delete", "restore-from-trash", "purge", "role-change", "user-add", "user-disable", "token-issue", "token-revoke",
        "reindex", "duplicate", "admin", "editor", "author", "draft", "review", "InReview", "create", "save", "submit",
        "expired", "shared fields", "scheduler", "unpublished changes", "moved to the trash", "wrong password",
    ];

    public static TheoryData<string, string> PagesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "ky", "ru", "ka" })
        {
            foreach (var page in new[] { "/manager", "/manager/admin/audit", "/manager/admin/users", "revisions", "editor", "/manager/trash", "/manager/media", "/manager/paste", "/manager/stories/new", "/manager/admin/search" })
            {
                data.Add(language, page);
            }
        }

        return data;
    }

    private async Task<(string Key, int Id)> PublishedStoryAsync()
    {
        using var author = await factory.TokenClientAsync("author");
        using var editor = await factory.TokenClientAsync("editor");
        using var created = await author.PostAsJsonAsync("/api/v1/stories", new
        {
            sourceLanguage = "ky",
            translations = new[]
            {
                new { language = "ky", title = "Тилдер боюнча текшерүү", body = "Ош шаарында тилдер боюнча семинар өттү." },
                new { language = "ru", title = "Проверка языков", body = "В Оше прошёл семинар о языках." },
            },
        });
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        (await author.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Тилдер боюнча текшерүү", body = "Ош шаарында тилдер боюнча экинчи семинар өттү." })).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ky/publish", new { })).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ru/publish", new { at = "2030-01-01T12:00" })).EnsureSuccessStatusCode();
        (await author.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ky", new { title = "Тилдер боюнча текшерүү", body = "Ош шаарында тилдер боюнча үчүнчү семинар өттү." })).EnsureSuccessStatusCode();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        return (key, await db.Stories.Where(s => s.Key == key).Select(s => s.Id).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task A_manager_page_shows_no_english_action_role_status_or_note(string language, string page)
    {
        var (_, id) = await PublishedStoryAsync();
        using var admin = await factory.ClientAsync("admin");
        using var failed = await NewsroomFactory.PostFormAsync(admin, "/manager/login", "/manager/login",
            [new("Email", NewsroomFactory.EmailOf("author")), new("Password", "wrong password here")]);
        using var role = await NewsroomFactory.PostFormAsync(admin, "/manager/admin/users", "/manager/admin/users?handler=role",
            [new("email", NewsroomFactory.EmailOf("author")), new("role", "author")]);
        using var switched = await admin.GetAsync("/manager/ui/" + language);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        using var response = await admin.GetAsync(page switch
        {
            "revisions" => $"/manager/stories/{id}/ky/revisions",
            "editor" => $"/manager/stories/{id}?left=ky&right=ru",
            _ => page,
        });
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        var main = document.QuerySelector("main")!;
        foreach (var code in main.QuerySelectorAll("code, [lang]:not([lang=" + language + "])").ToList())
        {
            code.Remove(); // texts in another language (titles) and data
        }

        // Text nodes one by one: table cells run together in TextContent.
        var text = Email().Replace(string.Join(" ", AngleSharp.Dom.NodeExtensions.GetDescendants(main).OfType<AngleSharp.Dom.IText>().Select(t => t.Data)), " ");
        var english = EnglishWords.Where(w => Regex.IsMatch(text, @"(?<![\p{L}-])" + Regex.Escape(w) + @"(?![\p{L}-])", RegexOptions.IgnoreCase)).ToList();
        Assert.True(english.Count == 0, $"{page} in {language} shows {string.Join(", ", english)}:\n{text}");
        Assert.True(Regex.Matches(text, language == "ka" ? @"\p{IsGeorgian}+" : @"\p{IsCyrillic}+").Count >= 2, text);
    }

    [Fact]
    public async Task The_audit_log_in_kyrgyz_names_its_actions_in_kyrgyz()
    {
        await PublishedStoryAsync();
        using var admin = await factory.ClientAsync("admin");
        (await admin.GetAsync("/manager/ui/ky")).Dispose();

        var document = await Html.ParseAsync(await admin.GetAsync("/manager/admin/audit"));

        var signIn = document.QuerySelector("tr[data-action='sign-in'] td:nth-child(3)")!.TextContent;
        var publish = document.QuerySelector("tr[data-action='publish'] td:nth-child(3)")!.TextContent;
        Assert.Equal("кирди", signIn);
        Assert.Equal("жарыялады", publish);
    }

    [Fact]
    public async Task The_users_page_in_russian_names_the_roles_in_russian()
    {
        using var admin = await factory.ClientAsync("admin");
        (await admin.GetAsync("/manager/ui/ru")).Dispose();

        var document = await Html.ParseAsync(await admin.GetAsync("/manager/admin/users"));

        var options = document.QuerySelectorAll("select#role option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal([("admin", "администратор"), ("editor", "редактор"), ("author", "автор")], options);
    }

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex Email();
}
