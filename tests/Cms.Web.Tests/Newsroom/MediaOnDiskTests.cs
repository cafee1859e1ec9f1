using System.Net;
using Cms.Web.Data;
using Cms.Web.Newsroom.Media;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Newsroom;

/// <summary>A site from before media moved into the database has its uploads and renditions only as files in one
/// node's media directory: that node copies them into the database when it starts, once, and then every node serves them.</summary>
public sealed class MediaOnDiskTests : IAsyncLifetime
{
    private readonly TempDirectory database = new();
    private readonly TempDirectory dataA = new();

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Files_only_on_a_nodes_disk_get_into_the_database_when_it_starts_and_other_nodes_then_serve_them()
    {
        MediaItem item;
        Dictionary<string, byte[]> files;
        await using (var before = new NewsroomFactory(dataA, ownsData: false, database.Path))
        {
            using var author = await before.ClientAsync("author");
            (await MediaUploads.UploadAsync(author, TestPhotos.Jpeg(1000, 700), "old.jpg")).Dispose();
            item = await MediaUploads.NewestAsync(before);
            var store = before.Services.GetRequiredService<MediaStore>();
            files = item.Renditions.Select(r => r.StoredName).Append(item.StoredName)
                .ToDictionary(n => n, n => File.ReadAllBytes(store.Resolve(n)!), StringComparer.Ordinal);
            // The database of a release that kept media on disk only.
            await using var scope = before.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CmsDbContext>().MediaBlobs.ExecuteDeleteAsync();
        }

        await using var other = new NewsroomFactory(new TempDirectory(), ownsData: true, database.Path);
        using var reader = other.CreateClient();
        using var missing = await reader.GetAsync("/media/" + item.StoredName);

        await using var restarted = new NewsroomFactory(dataA, ownsData: false, database.Path);
        await TwoNodes.UpkeepAsync(restarted);
        var blobs = await BlobsAsync(restarted);
        using var original = await reader.GetAsync("/media/" + item.StoredName);
        var import = restarted.Services.GetRequiredService<MediaDiskImport>();
        var again = await import.RunAsync(CancellationToken.None);
        await DeleteBlobsAsync(restarted);
        var together = await Task.WhenAll(Task.Run(() => import.RunAsync(CancellationToken.None)), Task.Run(() => import.RunAsync(CancellationToken.None)));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(5, files.Count);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), blobs.Keys.Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.Equal(file.Value, blobs[file.Key]));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(files[item.StoredName], await original.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, again);
        Assert.Equal(files.Count, together.Sum());
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), (await BlobsAsync(restarted)).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_file_whose_size_differs_from_the_record_is_not_copied()
    {
        string name;
        await using (var before = new NewsroomFactory(dataA, ownsData: false, database.Path))
        {
            using var author = await before.ClientAsync("author");
            (await MediaUploads.UploadAsync(author, MediaInspectorTests.Pdf(), "report.pdf")).Dispose();
            name = (await MediaUploads.NewestAsync(before)).StoredName;
            await DeleteBlobsAsync(before);
            var path = before.Services.GetRequiredService<MediaStore>().Resolve(name)!;
            await File.WriteAllBytesAsync(path, (await File.ReadAllBytesAsync(path))[..100]);
        }

        await using var restarted = new NewsroomFactory(dataA, ownsData: false, database.Path);
        await TwoNodes.UpkeepAsync(restarted);

        Assert.DoesNotContain(name, (await BlobsAsync(restarted)).Keys);
    }

    private static async Task<Dictionary<string, byte[]>> BlobsAsync(NewsroomFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().MediaBlobs.AsNoTracking()
            .ToDictionaryAsync(b => b.StoredName, b => b.Content, StringComparer.Ordinal);
    }

    private static async Task DeleteBlobsAsync(NewsroomFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CmsDbContext>().MediaBlobs.ExecuteDeleteAsync();
    }

    public Task DisposeAsync()
    {
        TestDatabase.Drop(database.Path);
        SqliteConnection.ClearAllPools();
        dataA.Dispose();
        database.Dispose();
        return Task.CompletedTask;
    }
}
