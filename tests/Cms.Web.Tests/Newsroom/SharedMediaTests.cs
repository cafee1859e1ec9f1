using System.Net;
using System.Net.Http.Headers;
using Cms.Web.Data;
using Cms.Web.Newsroom.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Media bytes are in the database: a node serves what another stored, keeping a copy of its own that it
/// serves from then on, with the same tags; nodes making renditions at once record them once.</summary>
public sealed class SharedMediaTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task An_upload_on_one_node_is_served_by_the_other_from_the_database_then_from_its_own_copy()
    {
        using var author = await nodes.A.ClientAsync("author");
        (await MediaUploads.UploadAsync(author, TestPhotos.Jpeg(1200, 800), "two-nodes.jpg")).Dispose();
        var item = await MediaUploads.NewestAsync(nodes.A);
        var webp = item.Renditions.Where(r => r.ContentType == "image/webp").MaxBy(r => r.Width)!.StoredName;
        var storeA = nodes.A.Services.GetRequiredService<MediaStore>();
        var storeB = nodes.B.Services.GetRequiredService<MediaStore>();
        Assert.Null(storeB.Resolve(item.StoredName));
        Assert.Null(storeB.Resolve(webp));
        using var reader = nodes.B.CreateClient();

        using var original = await reader.GetAsync("/media/" + item.StoredName);
        using var rendition = await reader.GetAsync("/media/" + webp);
        var copied = (storeB.Resolve(item.StoredName), storeB.Resolve(webp));
        await DeleteBlobsAsync(item.StoredName, webp);
        using var originalAgain = await reader.GetAsync("/media/" + item.StoredName);
        using var renditionAgain = await reader.GetAsync("/media/" + webp);
        using var renditionOnA = await nodes.A.CreateClient().GetAsync("/media/" + webp);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/media/" + webp);
        conditional.Headers.IfNoneMatch.Add(renditionOnA.Headers.ETag!);
        using var notModified = await reader.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(storeA.Resolve(item.StoredName)!), await original.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);
        Assert.Equal("image/webp", rendition.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", rendition.Headers.CacheControl!.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(storeA.Resolve(webp)!), await rendition.Content.ReadAsByteArrayAsync());
        Assert.NotNull(copied.Item1);
        Assert.NotNull(copied.Item2);
        Assert.Equal(HttpStatusCode.OK, originalAgain.StatusCode);
        Assert.Equal(await original.Content.ReadAsByteArrayAsync(), await originalAgain.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, renditionAgain.StatusCode);
        Assert.Equal(await rendition.Content.ReadAsByteArrayAsync(), await renditionAgain.Content.ReadAsByteArrayAsync());
        Assert.NotNull(rendition.Headers.ETag);
        Assert.False(rendition.Headers.ETag.IsWeak);
        Assert.Equal(rendition.Headers.ETag, renditionAgain.Headers.ETag);
        Assert.Equal(rendition.Headers.ETag, renditionOnA.Headers.ETag);
        Assert.NotEqual(rendition.Headers.ETag, original.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task A_name_neither_the_database_nor_the_node_holds_is_404_and_leaves_no_file()
    {
        var name = MediaFileNames.Generate(MediaKind.Png, DateTime.UtcNow);
        using var reader = nodes.B.CreateClient();

        using var response = await reader.GetAsync("/media/" + name);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var media = nodes.B.Services.GetRequiredService<MediaStore>().RootDirectory;
        Assert.Empty(Directory.Exists(media) ? Directory.GetFiles(media, "*" + name[8..^4] + "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Nodes_making_the_same_missing_renditions_at_once_record_them_once()
    {
        var picture = new MediaPreparer(new MediaInspector(), new ImageReencoder()).Prepare(TestPhotos.Jpeg(1000, 700), MediaInspector.DefaultMaxBytes).Content;
        var name = MediaFileNames.Generate(MediaKind.Jpeg, DateTime.UtcNow);
        int id;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var old = new MediaItem
            {
                StoredName = name, ContentType = "image/jpeg", OriginalName = "old.jpg", SizeBytes = picture.Length,
                Width = 1000, Height = 700, UploadedUtc = DateTime.UtcNow, UploadedBy = "test",
            };
            db.Media.Add(old);
            scope.ServiceProvider.GetRequiredService<MediaFiles>().Add(name, picture);
            await db.SaveChangesAsync();
            id = old.Id;
        }

        var made = await Task.WhenAll(
            Task.Run(() => nodes.A.Services.GetRequiredService<RenditionBackfill>().RunAsync(CancellationToken.None)),
            Task.Run(() => nodes.B.Services.GetRequiredService<RenditionBackfill>().RunAsync(CancellationToken.None)));

        await using var check = nodes.B.Services.CreateAsyncScope();
        var db2 = check.ServiceProvider.GetRequiredService<CmsDbContext>();
        var renditions = await db2.Set<MediaRendition>().AsNoTracking().Where(r => r.MediaItemId == id).ToListAsync();
        var names = renditions.Select(r => r.StoredName).ToList();
        var blobs = await db2.MediaBlobs.AsNoTracking().Where(b => names.Contains(b.StoredName)).ToListAsync();
        Assert.Equal(1, made.Sum());
        Assert.Equal(
            [("image/jpeg", 480), ("image/jpeg", 960), ("image/webp", 480), ("image/webp", 960)],
            renditions.OrderBy(r => r.ContentType, StringComparer.Ordinal).ThenBy(r => r.Width).Select(r => (r.ContentType, r.Width)));
        Assert.Equal(names.Order(StringComparer.Ordinal), blobs.Select(b => b.StoredName).Order(StringComparer.Ordinal));
        Assert.All(renditions, r => Assert.Equal(r.SizeBytes, blobs.Single(b => b.StoredName == r.StoredName).Content.Length));
    }

    private async Task DeleteBlobsAsync(params string[] names)
    {
        await using var scope = nodes.A.Services.CreateAsyncScope();
        var deleted = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().MediaBlobs.Where(b => names.Contains(b.StoredName)).ExecuteDeleteAsync();
        Assert.Equal(names.Length, deleted);
    }
}
