using System.Net;
using System.Net.Http.Headers;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Uploads through the manager's media page: type from content, size limit, broken files, path tricks.</summary>
public sealed class MediaPageTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName, string altRu = "")
    {
        var token = await NewsroomFactory.AntiforgeryTokenAsync(client, "/manager/media");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(altRu), "alt[ru]");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync("/manager/media?handler=upload", form);
    }

    [Fact]
    public async Task A_valid_image_is_stored_under_a_generated_name_and_served()
    {
        using var client = await factory.ClientAsync("author");

        using var response = await UploadAsync(client, MediaInspectorTests.Png(4, 3), "../../etc/photo.png", "Фото с круглого стола");
        var page = await Html.ParseAsync(await client.GetAsync("/manager/media"));
        var snippet = page.QuerySelectorAll("table code.md").Select(c => c.TextContent).First();
        var path = System.Text.RegularExpressions.Regex.Match(snippet, @"/media/[^)\s]+").Value;
        using var served = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/media/\d{4}/\d{2}/[0-9a-f]{32}\.png$", path);
        Assert.StartsWith("![Фото с круглого стола]", snippet, StringComparison.Ordinal);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain(page.QuerySelectorAll("td"), td => td.TextContent.Contains("../", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("exe", "program")]
    [InlineData("html", "not a JPEG")]
    [InlineData("truncated", "damaged")]
    [InlineData("empty", "")]
    public async Task A_wrong_type_or_broken_file_gets_a_clear_message(string kind, string message)
    {
        using var client = await factory.ClientAsync("author");
        var content = kind switch
        {
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[200]],
            "html" => "<html><script>alert(1)</script></html>"u8.ToArray(),
            "truncated" => MediaInspectorTests.Png(10, 10)[..40],
            _ => Array.Empty<byte>(),
        };

        using var response = await UploadAsync(client, content, "photo.jpg");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = page.QuerySelector(".errors[role=alert]")!.TextContent;
        Assert.Contains(message, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_oversized_file_names_its_size_and_the_limit()
    {
        using var client = await factory.ClientAsync("author");
        var big = new byte[(10 * 1024 * 1024) + 1];
        MediaInspectorTests.Png(1, 1).CopyTo(big, 0);

        using var response = await UploadAsync(client, big, "big.png");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10 MB", page.QuerySelector(".errors[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/media/../../etc/passwd")]
    [InlineData("/media/..%2F..%2Fappsettings.json")]
    [InlineData("/media/2026/11/..%2F..%2Fcms.db")]
    [InlineData("/media/cms.db")]
    [InlineData("/media/2026/11/ABCDEF.png")]
    public async Task Path_tricks_never_reach_a_file(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
