using Cms.Web.Newsroom.Media;
using SkiaSharp;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Renditions: the widths a picture gets, upright, metadata-free, decodable, and their fingerprinted names.</summary>
public sealed class RenditionMakerTests
{
    private readonly RenditionMaker maker = new();

    [Theory]
    [InlineData(2000, new[] { 480, 960, 1600 })]
    [InlineData(1601, new[] { 480, 960, 1600 })]
    [InlineData(1600, new[] { 480, 960 })]
    [InlineData(1000, new[] { 480, 960 })]
    [InlineData(481, new[] { 480 })]
    [InlineData(480, new[] { 480 })]
    [InlineData(300, new[] { 300 })]
    public void A_picture_gets_the_widths_narrower_than_itself_and_is_never_enlarged(int width, int[] expected)
    {
        Assert.Equal(expected, RenditionMaker.WidthsFor(width));
    }

    [Fact]
    public void A_rotated_phone_photo_gets_upright_renditions_without_exif()
    {
        // Stored 1200×800 with orientation 6: seen as 800×1200.
        var photo = TestPhotos.Jpeg(1200, 800, orientation: 6);

        var renditions = maker.Make(photo, MediaKind.Jpeg);

        Assert.Equal([(MediaKind.WebP, 480, 720), (MediaKind.Jpeg, 480, 720)], renditions.Select(r => (r.Kind, r.Width, r.Height)));
        foreach (var rendition in renditions)
        {
            Assert.True(rendition.Content.AsSpan().IndexOf("Exif"u8) < 0);
            Assert.True(rendition.Kind == MediaKind.WebP
                ? rendition.Content.AsSpan().IndexOf("EXIF"u8) < 0 && rendition.Content.AsSpan().IndexOf("XMP "u8) < 0
                : rendition.Content.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xE1]) < 0); // no APP1 (EXIF, XMP) segment
            using var codec = SKCodec.Create(new MemoryStream(rendition.Content));
            Assert.Equal(rendition.Kind == MediaKind.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
            Assert.Equal((480, 720), (codec.Info.Width, codec.Info.Height));
            Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        }
    }

    [Fact]
    public void A_transparent_png_keeps_its_transparency_in_webp_and_gets_a_white_background_in_jpeg()
    {
        var renditions = maker.Make(TestPhotos.TransparentPng(600, 400), MediaKind.Png);

        using var webp = SKBitmap.Decode(renditions.Single(r => r.Kind == MediaKind.WebP).Content);
        using var jpeg = SKBitmap.Decode(renditions.Single(r => r.Kind == MediaKind.Jpeg).Content);
        Assert.Equal((480, 320), (webp.Width, webp.Height));
        Assert.Equal(0, webp.GetPixel(10, 160).Alpha);
        var white = jpeg.GetPixel(10, 160);
        Assert.True(white.Red > 245 && white.Green > 245 && white.Blue > 245, white.ToString());
    }

    [Fact]
    public void A_rendition_name_sits_next_to_its_original_and_carries_a_fingerprint_of_its_bytes()
    {
        const string original = "2026/11/0123456789abcdef0123456789abcdef.jpg";

        var name = MediaFileNames.Rendition(original, 960, MediaKind.WebP, [1, 2, 3]);

        Assert.Matches(@"^2026/11/0123456789abcdef0123456789abcdef-960-[0-9a-f]{12}\.webp$", name);
        Assert.Equal(name, MediaFileNames.Rendition(original, 960, MediaKind.WebP, [1, 2, 3]));
        Assert.NotEqual(name, MediaFileNames.Rendition(original, 960, MediaKind.WebP, [1, 2, 4]));
        Assert.True(MediaFileNames.IsRenditionName(name));
        Assert.False(MediaFileNames.IsSafeStoredName(name));
        Assert.False(MediaFileNames.IsRenditionName("2026/11/0123456789abcdef0123456789abcdef-960-0123456789ab.webp/../../cms.db"));
        Assert.False(MediaFileNames.IsRenditionName("2026/11/0123456789abcdef0123456789abcdef-960-0123456789ab.png"));
    }
}
