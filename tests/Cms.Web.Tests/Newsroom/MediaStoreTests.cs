using System.Globalization;
using System.Text.RegularExpressions;
using Cms.Web.Newsroom.Media;

namespace Cms.Web.Tests.Newsroom;

public sealed partial class MediaStoreTests : IDisposable
{
    private const string Hex = "5f2c0a9b3e4d4c1f8e7a6b5c4d3e2f10";

    private static readonly DateTime November2026 = new(2026, 11, 5, 9, 30, 0, DateTimeKind.Utc);

    private readonly TempDirectory data = new();
    private readonly MediaStore store;

    public MediaStoreTests() => store = new MediaStore(Path.Combine(data.Path, "media"));

    public void Dispose() => data.Dispose();

    [Theory]
    [InlineData("Jpeg", "jpg")]
    [InlineData("Png", "png")]
    [InlineData("WebP", "webp")]
    [InlineData("Gif", "gif")]
    [InlineData("Pdf", "pdf")]
    public void Generated_names_are_year_month_random_hex_and_the_sniffed_extension(string kind, string extension)
    {
        var name = MediaFileNames.Generate(Enum.Parse<MediaKind>(kind), November2026);

        Assert.Matches(GeneratedName(), name);
        Assert.StartsWith("2026/11/", name, StringComparison.Ordinal);
        Assert.EndsWith("." + extension, name, StringComparison.Ordinal);
        Assert.True(MediaFileNames.IsSafeStoredName(name));
    }

    [Fact]
    public void Generated_names_use_the_utc_month()
    {
        var local = new DateTime(2026, 12, 1, 0, 30, 0, DateTimeKind.Local);

        var name = MediaFileNames.Generate(MediaKind.Png, local);

        Assert.StartsWith(local.ToUniversalTime().ToString("yyyy'/'MM'/'", CultureInfo.InvariantCulture), name, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_names_do_not_repeat()
    {
        var names = Enumerable.Range(0, 1000).Select(_ => MediaFileNames.Generate(MediaKind.Jpeg, November2026)).ToHashSet();

        Assert.Equal(1000, names.Count);
    }

    [Fact]
    public void A_generated_shape_of_name_is_safe()
    {
        Assert.True(MediaFileNames.IsSafeStoredName($"2026/11/{Hex}.png"));
        Assert.True(MediaFileNames.IsSafeStoredName($"1999/01/{Hex}.pdf"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\boot.ini")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\x")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("2026/11/../../x.png")]
    [InlineData("2026/11/ABC.png")]
    [InlineData("2026/11/" + Hex + "/../x.png")]
    [InlineData("2026/11/../11/" + Hex + ".png")]
    [InlineData("./2026/11/" + Hex + ".png")]
    [InlineData("/2026/11/" + Hex + ".png")]
    [InlineData("2026\\11\\" + Hex + ".png")]
    [InlineData("2026/11/" + Hex + ".png\0.txt")]
    [InlineData("2026/11/\0" + Hex + ".png")]
    [InlineData("2026/11/" + Hex + ".png\n")]
    [InlineData("2026/11/" + Hex + ".PNG")]
    [InlineData("2026/11/" + Hex + ".exe")]
    [InlineData("2026/11/" + Hex + ".png.exe")]
    [InlineData("2026/11/" + Hex + ".html")]
    [InlineData("2026/11/5F2C0A9B3E4D4C1F8E7A6B5C4D3E2F10.png")]
    [InlineData("2026/11/" + Hex + "0.png")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("2026%2F11%2F" + Hex + ".png")]
    [InlineData("\u0662\u0660\u0662\u0666/11/" + Hex + ".png")]
    [InlineData("\uFF12\uFF10\uFF12\uFF16/11/" + Hex + ".png")]
    [InlineData(" 2026/11/" + Hex + ".png")]
    public void Names_that_the_generator_cannot_produce_are_refused(string name)
    {
        Assert.False(MediaFileNames.IsSafeStoredName(name));
        Assert.Null(store.Resolve(name));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.False(MediaFileNames.IsSafeStoredName(null));
        Assert.Null(store.Resolve(null));
    }

    [Fact]
    public void A_file_outside_the_root_is_not_reachable_by_traversal()
    {
        File.WriteAllText(Path.Combine(data.Path, "secret.txt"), "secret");
        Directory.CreateDirectory(Path.Combine(data.Path, "media"));

        Assert.Null(store.Resolve("../secret.txt"));
        Assert.Null(store.Resolve("..\\secret.txt"));
        Assert.Null(store.Resolve(Path.Combine(data.Path, "secret.txt")));
    }

    [Theory]
    [InlineData("photo.jpg", "photo.jpg")]
    [InlineData("C:\\Users\\aigul\\Desktop\\photo.jpg", "photo.jpg")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("/var/tmp/report 2026.pdf", "report 2026.pdf")]
    [InlineData("folder\\sub/mixed\\name.png", "name.png")]
    [InlineData("  spaced out.png  ", "spaced out.png")]
    [InlineData("tab\tand\nnew\rline.gif", "tabandnewline.gif")]
    [InlineData("nul\0byte.png", "nulbyte.png")]
    [InlineData("photo\u202Egpj.exe", "photogpj.exe")]
    [InlineData("Семинар в Оше.jpg", "Семинар в Оше.jpg")]
    [InlineData("დიალოგი.png", "დიალოგი.png")]
    [InlineData("emoji \U0001F4F7.png", "emoji \U0001F4F7.png")]
    public void Display_names_lose_directories_and_control_characters(string uploaded, string expected)
    {
        Assert.Equal(expected, MediaFileNames.CleanDisplayName(uploaded));
    }

    [Fact]
    public void Display_names_drop_unpaired_surrogates()
    {
        Assert.Equal("broken  half.png", MediaFileNames.CleanDisplayName("broken \uD800 half\uDC00.png"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData("uploads/")]
    [InlineData("C:\\")]
    [InlineData("\0\u0001\u0002")]
    [InlineData("..")]
    [InlineData("a/..")]
    public void Display_names_with_nothing_left_become_file(string? uploaded)
    {
        Assert.Equal("file", MediaFileNames.CleanDisplayName(uploaded));
    }

    [Fact]
    public void Long_display_names_are_cut_to_120_characters_keeping_the_extension()
    {
        var name = MediaFileNames.CleanDisplayName(new string('ж', 300) + ".jpeg");

        Assert.Equal(120, name.Length);
        Assert.EndsWith("ж.jpeg", name, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_display_names_never_split_a_surrogate_pair()
    {
        // The cut at 116 characters (120 less ".png") would fall between the two halves of the first emoji.
        var name = MediaFileNames.CleanDisplayName(new string('a', 115) + string.Concat(Enumerable.Repeat("\U0001F4F7", 10)) + ".png");

        Assert.Equal(new string('a', 115) + ".png", name);
    }

    [Fact]
    public async Task Write_puts_the_bytes_under_the_stored_name_and_resolve_finds_them()
    {
        var png = MediaInspectorTests.Png(2, 2);
        var name = MediaFileNames.Generate(MediaKind.Png, November2026);

        var written = await store.WriteAsync(name, png, CancellationToken.None);

        var path = store.Resolve(name);
        Assert.NotNull(path);
        Assert.Equal(written, path);
        Assert.Equal(Path.Combine(data.Path, "media", "2026", "11", name[8..]), path);
        Assert.Equal(png, await File.ReadAllBytesAsync(path));
        Assert.Equal(MediaKind.Png, new MediaInspector().Inspect(await File.ReadAllBytesAsync(path), MediaInspector.DefaultMaxBytes).Kind);
    }

    [Fact]
    public async Task Write_leaves_no_temporary_files_behind()
    {
        await store.WriteAsync(MediaFileNames.Generate(MediaKind.Gif, November2026), new byte[] { 1, 2, 3 }, CancellationToken.None);

        var files = Directory.GetFiles(Path.Combine(data.Path, "media"), "*", SearchOption.AllDirectories);
        Assert.Single(files);
        Assert.EndsWith(".gif", files[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Copies_of_one_name_written_at_once_leave_one_whole_file()
    {
        var bytes = new byte[256 * 1024];
        Random.Shared.NextBytes(bytes);
        var name = MediaFileNames.Generate(MediaKind.Jpeg, November2026);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => store.WriteAsync(name, bytes, CancellationToken.None))));

        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.Resolve(name)!));
        Assert.Single(Directory.GetFiles(Path.Combine(data.Path, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Concurrent_writes_of_different_names_each_get_their_file()
    {
        var names = Enumerable.Range(0, 32).Select(_ => MediaFileNames.Generate(MediaKind.Pdf, November2026)).ToList();

        await Task.WhenAll(names.Select((name, i) => store.WriteAsync(name, new[] { (byte)i }, CancellationToken.None)));

        for (var i = 0; i < names.Count; i++)
        {
            Assert.Equal(new[] { (byte)i }, await File.ReadAllBytesAsync(store.Resolve(names[i])!));
        }
    }

    [Theory]
    [InlineData("../x.png")]
    [InlineData("2026/11/ABC.png")]
    [InlineData("cms.db")]
    public async Task A_name_the_site_cannot_generate_is_never_written(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync(name, new byte[] { 1 }, CancellationToken.None));

        Assert.False(Directory.Exists(Path.Combine(data.Path, "media")));
        Assert.False(File.Exists(Path.Combine(data.Path, "x.png")));
    }

    [Fact]
    public void A_safe_name_that_was_never_stored_resolves_to_null()
    {
        Assert.Null(store.Resolve($"2026/11/{Hex}.png"));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_nothing_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => store.WriteAsync(MediaFileNames.Generate(MediaKind.Jpeg, November2026), new byte[1024], cancelled.Token));

        var media = Path.Combine(data.Path, "media");
        Assert.Empty(Directory.Exists(media) ? Directory.GetFiles(media, "*", SearchOption.AllDirectories) : []);
    }

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}\.(?:jpg|png|webp|gif|pdf)\z")]
    private static partial Regex GeneratedName();
}
