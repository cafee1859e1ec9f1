using System.Net;
using Cms.Web.Data;
using Cms.Web.Newsroom.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Cms.Web.Tests.Newsroom;

/// <summary>An upload's renditions: made once, stored next to it, recorded, smaller, metadata-free, served immutable;
/// older uploads get theirs after start; broken uploads and bad captions are field errors.</summary>
public sealed class MediaRenditionTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task An_uploaded_photo_gets_smaller_metadata_free_renditions_at_each_width()
    {
        using var client = await factory.ClientAsync("author");
        var photo = TestPhotos.Jpeg(2000, 1250);
        Assert.True(photo.AsSpan().IndexOf("Exif\0\0"u8) > 0);

        using var response = await MediaUploads.UploadAsync(client, photo, "IMG_2041.JPG", ("alt[ru]", "Участники круглого стола"));
        var item = await MediaUploads.NewestAsync(factory);
        var store = factory.Services.GetRequiredService<MediaStore>();
        var original = await File.ReadAllBytesAsync(store.Resolve(item.StoredName)!);
        Assert.Equal(original, await BlobAsync(item.StoredName));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            [("image/jpeg", 480, 300), ("image/jpeg", 960, 600), ("image/jpeg", 1600, 1000), ("image/webp", 480, 300), ("image/webp", 960, 600), ("image/webp", 1600, 1000)],
            item.Renditions.OrderBy(r => r.ContentType, StringComparer.Ordinal).ThenBy(r => r.Width).Select(r => (r.ContentType, r.Width, r.Height)));
        var stem = item.StoredName[..item.StoredName.LastIndexOf('.')];
        foreach (var rendition in item.Renditions)
        {
            var path = store.Resolve(rendition.StoredName);
            Assert.NotNull(path);
            Assert.StartsWith(stem + "-" + rendition.Width + "-", rendition.StoredName, StringComparison.Ordinal);
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal(rendition.SizeBytes, bytes.Length);
            Assert.Equal(bytes, await BlobAsync(rendition.StoredName));
            Assert.True(bytes.Length < original.Length, $"{rendition.StoredName}: {bytes.Length} bytes, the original {original.Length}");
            Assert.True(bytes.AsSpan().IndexOf("Exif"u8) < 0);
            Assert.True(bytes.AsSpan().IndexOf("MM\0*"u8) < 0);
            using var codec = SKCodec.Create(new MemoryStream(bytes));
            Assert.NotNull(codec);
            Assert.Equal(rendition.ContentType == "image/webp" ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            Assert.Equal((rendition.Width, rendition.Height), (codec.Info.Width, codec.Info.Height));
            using var decoded = SKBitmap.Decode(bytes);
            Assert.NotNull(decoded);
        }
    }

    [Fact]
    public async Task A_rendition_is_served_with_an_immutable_cache_lifetime()
    {
        using var author = await factory.ClientAsync("author");
        (await MediaUploads.UploadAsync(author, TestPhotos.Jpeg(900, 600), "small.jpg")).Dispose();
        var item = await MediaUploads.NewestAsync(factory);
        using var anonymous = factory.CreateClient();

        using var webp = await anonymous.GetAsync("/media/" + item.Renditions.Single(r => r.ContentType == "image/webp").StoredName);
        using var original = await anonymous.GetAsync("/media/" + item.StoredName);

        Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", webp.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.DoesNotContain("immutable", original.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal([480], item.Renditions.Select(r => r.Width).Distinct());
    }

    [Fact]
    public async Task A_picture_narrower_than_the_smallest_width_gets_one_rendition_at_its_own_width_and_a_pdf_none()
    {
        using var author = await factory.ClientAsync("author");

        (await MediaUploads.UploadAsync(author, TestPhotos.Jpeg(320, 200), "tiny.jpg")).Dispose();
        var tiny = await MediaUploads.NewestAsync(factory);
        (await MediaUploads.UploadAsync(author, MediaInspectorTests.Pdf(), "report.pdf")).Dispose();
        var pdf = await MediaUploads.NewestAsync(factory);

        Assert.Equal([("image/jpeg", 320, 200), ("image/webp", 320, 200)], tiny.Renditions.OrderBy(r => r.ContentType, StringComparer.Ordinal).Select(r => (r.ContentType, r.Width, r.Height)));
        Assert.Equal("application/pdf", pdf.ContentType);
        Assert.Empty(pdf.Renditions);
    }

    [Fact]
    public async Task A_damaged_photo_is_a_field_error_with_400_and_nothing_is_stored()
    {
        using var client = await factory.ClientAsync("author");
        var photo = TestPhotos.Jpeg(1200, 800);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var before = await db.Media.CountAsync();

        using var response = await MediaUploads.UploadAsync(client, photo[..(photo.Length / 2)], "cut.jpg");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("повреждено", page.QuerySelector("#media-error[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("input#file")!.GetAttribute("aria-invalid"));
        Assert.Equal("media-error", page.QuerySelector("input#file")!.GetAttribute("aria-describedby"));
        Assert.Equal(before, await db.Media.CountAsync());
    }

    [Fact]
    public async Task Captions_and_credits_are_saved_per_language_and_a_bad_one_is_refused_in_the_ui_language()
    {
        using var editor = await factory.ClientAsync("editor");
        (await MediaUploads.UploadAsync(editor, TestPhotos.Jpeg(600, 400), "texts.jpg")).Dispose();
        var id = (await MediaUploads.NewestAsync(factory)).Id;
        var path = $"/manager/media?handler=alt&id={id}";

        using var saved = await NewsroomFactory.PostFormAsync(editor, "/manager/media", path,
        [
            new("alt[ru]", "Участники"), new("caption[ru]", "Круглый стол в Оше"), new("caption[ka]", "მრგვალი მაგიდა ოშში"),
            new("credits[ka]", "აიბეკ ასანოვი"), new("credit", "Айбек Асанов"),
        ]);
        using var tooLong = await NewsroomFactory.PostFormAsync(editor, "/manager/media", path, [new("caption[ky]", new string('ж', 501))]);
        var item = await MediaUploads.NewestAsync(factory);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("500", (await Html.ParseAsync(tooLong)).QuerySelector("#media-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Айбек Асанов", item.Credit);
        Assert.Equal(
            [("ka", "", "მრგვალი მაგიდა ოშში", "აიბეკ ასანოვი"), ("ru", "Участники", "Круглый стол в Оше", null)],
            item.AltTexts.OrderBy(a => a.Language, StringComparer.Ordinal).Select(a => (a.Language, a.Text, a.Caption, a.Credit)));
    }

    [Fact]
    public async Task A_picture_uploaded_before_renditions_existed_gets_them_once_after_start()
    {
        var store = factory.Services.GetRequiredService<MediaStore>();
        var reencoded = new MediaPreparer(new MediaInspector(), new ImageReencoder()).Prepare(TestPhotos.Jpeg(1000, 700), MediaInspector.DefaultMaxBytes);
        // Uploaded by a release that kept media only on disk: a file and a record, no bytes in the database.
        var name = MediaFileNames.Generate(MediaKind.Jpeg, DateTime.UtcNow);
        await store.WriteAsync(name, reencoded.Content, CancellationToken.None);
        int id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var old = new MediaItem
            {
                StoredName = name, ContentType = "image/jpeg", OriginalName = "old.jpg", SizeBytes = reencoded.Content.Length,
                Width = 1000, Height = 700, UploadedUtc = DateTime.UtcNow, UploadedBy = "test",
            };
            db.Media.Add(old);
            await db.SaveChangesAsync();
            id = old.Id;
        }

        var backfill = factory.Services.GetRequiredService<RenditionBackfill>();
        var first = await backfill.RunAsync(CancellationToken.None);
        var again = await backfill.RunAsync(CancellationToken.None);

        Assert.True(first >= 1);
        Assert.Equal(0, again);
        await using var check = factory.Services.CreateAsyncScope();
        var renditions = await check.ServiceProvider.GetRequiredService<CmsDbContext>().Set<MediaRendition>().Where(r => r.MediaItemId == id).ToListAsync();
        Assert.Equal([(480, 336), (960, 672)], renditions.Select(r => (r.Width, r.Height)).Distinct().Order());
        Assert.All(renditions, r => Assert.NotNull(store.Resolve(r.StoredName)));
        var names = renditions.Select(r => r.StoredName).ToList();
        Assert.Equal(4, await check.ServiceProvider.GetRequiredService<CmsDbContext>().MediaBlobs.CountAsync(b => names.Contains(b.StoredName)));
    }

    /// <summary>The bytes the database holds for a stored name.</summary>
    private async Task<byte[]> BlobAsync(string storedName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().MediaBlobs.Where(b => b.StoredName == storedName).Select(b => b.Content).SingleAsync();
    }
}
