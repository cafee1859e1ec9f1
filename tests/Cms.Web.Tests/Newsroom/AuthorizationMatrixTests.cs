using System.Net;
using System.Net.Http.Json;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Every manager page and write endpoint against anonymous, author, editor and admin.</summary>
public sealed class AuthorizationMatrixTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    public static TheoryData<string, string?, string> Pages()
    {
        var data = new TheoryData<string, string?, string>();
        string[] everyone = ["/manager", "/manager/stories/new", "/manager/paste", "/manager/media", "/manager/trash", "/manager/stories/1", "/manager/stories/1/ka/revisions"];
        string[] admins = ["/manager/admin/users", "/manager/admin/audit"];
        foreach (var page in everyone.Concat(admins))
        {
            data.Add(page, null, "login");
        }

        foreach (var role in new[] { "author", "editor", "admin" })
        {
            foreach (var page in everyone)
            {
                data.Add(page, role, "200");
            }

            foreach (var page in admins)
            {
                data.Add(page, role, role == "admin" ? "200" : "denied");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Manager_pages(string page, string? role, string expected)
    {
        using var client = await factory.ClientAsync(role);

        using var response = await client.GetAsync(page);

        switch (expected)
        {
            case "login":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/manager/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
                break;
            case "denied":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/manager/denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
                break;
            default:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
        }
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    [InlineData("author", HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.OK)]
    [InlineData("editor", HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task Write_api(string? role, HttpStatusCode create, HttpStatusCode save, HttpStatusCode publish, HttpStatusCode split)
    {
        using var client = role is null ? await factory.ClientAsync(null) : await factory.TokenClientAsync(role);
        var key = "2023-08-22-osh-dialogue-platform";

        using var created = await client.PostAsJsonAsync("/api/v1/stories", new
        {
            kind = "event",
            sourceLanguage = "ru",
            translations = new[] { new { language = "ru", title = $"Тренинг для {role ?? "anon"}", body = "Текст." } },
        });
        using var fields = await client.PutAsJsonAsync($"/api/v1/stories/{key}", new { kind = "news", places = new[] { "Ош" } });
        using var text = await client.PutAsJsonAsync($"/api/v1/stories/{key}/translations/ka", new { title = "ოშის დიალოგის პლატფორმა", body = "ტექსტი." });
        using var published = await client.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ka/publish", new { });
        using var unpublished = await client.PostAsJsonAsync($"/api/v1/stories/{key}/translations/ka/unpublish", new { });
        using var splitted = await client.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү жана катышуучулар көп маселелерди талкуулашты." });

        Assert.Equal(create, created.StatusCode);
        Assert.Equal(save, fields.StatusCode);
        Assert.Equal(save, text.StatusCode);
        Assert.Equal(publish, published.StatusCode);
        Assert.Equal(publish, unpublished.StatusCode);
        Assert.Equal(split, splitted.StatusCode);
    }

    [Fact]
    public async Task An_invalid_body_is_a_400_with_the_field_errors()
    {
        using var client = await factory.TokenClientAsync("author");

        using var noTitle = await client.PostAsJsonAsync("/api/v1/stories", new { sourceLanguage = "ru", translations = new[] { new { language = "ru", title = "" } } });
        using var badKind = await client.PostAsJsonAsync("/api/v1/stories", new { kind = "gossip", translations = new[] { new { language = "ru", title = "x" } } });
        using var badLanguage = await client.PostAsJsonAsync("/api/v1/stories", new { sourceLanguage = "en", translations = new[] { new { language = "en", title = "x" } } });
        using var broken = await client.PostAsync("/api/v1/stories", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        foreach (var (response, field) in new[] { (noTitle, "title"), (badKind, "kind"), (badLanguage, "source") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
    }

    [Fact]
    public async Task A_revoked_or_made_up_token_is_401()
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "cms_made_up");

        using var response = await client.PostAsJsonAsync("/api/v1/split", new { text = "x" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
