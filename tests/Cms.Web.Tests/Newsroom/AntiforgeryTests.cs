using System.Net;
using System.Net.Http.Json;

namespace Cms.Web.Tests.Newsroom;

public sealed class AntiforgeryTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task A_manager_form_without_its_token_is_refused_and_with_it_accepted()
    {
        using var client = await factory.ClientAsync("author");
        var fields = new Dictionary<string, string> { ["Language"] = "ru", ["Kind"] = "News", ["Title"] = "Проверка токена" };

        using var forged = await client.PostAsync("/manager/stories/new", new FormUrlEncodedContent(fields));
        using var genuine = await NewsroomFactory.PostFormAsync(client, "/manager/stories/new", "/manager/stories/new", fields);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
    }

    [Fact]
    public async Task Sign_in_and_sign_out_forms_need_their_token()
    {
        using var client = await factory.ClientAsync(null);
        await factory.EnsureUsersAsync();

        using var forged = await client.PostAsync("/manager/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = NewsroomFactory.EmailOf("admin"), ["Password"] = NewsroomFactory.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task The_write_api_with_a_cookie_needs_the_antiforgery_header()
    {
        using var client = await factory.ClientAsync("editor");
        var token = await NewsroomFactory.AntiforgeryTokenAsync(client, "/manager/paste");

        using var forged = await client.PostAsJsonAsync("/api/v1/split", new { text = "Бүгүн Ош шаарында жыйын өттү." });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/split") { Content = JsonContent.Create(new { text = "Бүгүн Ош шаарында жыйын өттү." }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        using var genuine = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
    }
}
