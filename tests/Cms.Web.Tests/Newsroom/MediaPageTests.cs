using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    [InlineData("exe", "Это не изображение")]
    [InlineData("html", "не изображение JPEG")]
    [InlineData("truncated", "повреждено")]
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
        Assert.Contains("10 МБ", page.QuerySelector(".errors[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_photo_is_served_without_its_exif_gps_position()
    {
        using var client = await factory.ClientAsync("author");

        using var response = await UploadAsync(client, ImageReencodingTests.JpegWithExif(16, 8, orientation: 1), "gps.jpg", "GPS");
        var page = await Html.ParseAsync(await client.GetAsync("/manager/media"));
        var path = page.QuerySelectorAll("table code.md").Select(c => System.Text.RegularExpressions.Regex.Match(c.TextContent, @"/media/[^)\s]+").Value)
            .First(p => p.EndsWith(".jpg", StringComparison.Ordinal));
        var served = await client.GetByteArrayAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(served.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]));
        Assert.True(served.AsSpan().IndexOf("Exif"u8) < 0);
        Assert.True(served.AsSpan().IndexOf("MM\0*"u8) < 0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_larger_than_the_upload_limit_is_refused_with_413_before_it_is_read(bool withLength)
    {
        using var client = await factory.ClientAsync("author");
        var token = await NewsroomFactory.AntiforgeryTokenAsync(client, "/manager/media");
        using var form = new MultipartFormDataContent();
        var big = new byte[(12 * 1024 * 1024) + 1];
        MediaInspectorTests.Png(1, 1).CopyTo(big, 0);
        HttpContent file = withLength ? new ByteArrayContent(big) : new StreamContent(new UnknownLengthStream(big));
        form.Add(file, "file", "big.png");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        if (!withLength)
        {
            form.Headers.ContentLength = null;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/manager/media?handler=upload") { Content = form };
            request.Headers.TransferEncodingChunked = true;
            await AssertRefusedAsync(await client.SendAsync(request));
            return;
        }

        await AssertRefusedAsync(await client.PostAsync("/manager/media?handler=upload", form));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var page = await Html.ParseAsync(response);

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("Файл больше допустимых 10 МБ", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }
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

    [Fact]
    public async Task Alt_text_is_one_clean_line_of_at_most_300_characters()
    {
        using var client = await factory.ClientAsync("editor");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Cms.Web.Data.CmsDbContext>();
        int Count() => db.Media.Count();
        var before = Count();

        using var tooLong = await UploadAsync(client, MediaInspectorTests.Png(4, 3), "long.png", new string('ж', 301));
        using var fine = await UploadAsync(client, MediaInspectorTests.Png(4, 3), "fine.png", "Тегерек үстөл");
        var id = db.Media.Max(m => m.Id);
        using var broken = await NewsroomFactory.PostFormAsync(client, "/manager/media", $"/manager/media?handler=alt&id={id}", [new("alt[ru]", "фото\uFFFE")]);

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("300", (await Html.ParseAsync(tooLong)).QuerySelector(".errors, [role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, fine.StatusCode);
        Assert.Equal(before + 1, Count());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var alt = db.Set<Cms.Web.Data.MediaAltText>().AsNoTracking().Single(a => a.MediaItemId == id);
        Assert.Equal("Тегерек үстөл", alt.Text);
    }
}
