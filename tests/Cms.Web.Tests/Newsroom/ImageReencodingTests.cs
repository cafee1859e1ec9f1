using System.Buffers.Binary;
using Cms.Web.Newsroom.Media;
using SkiaSharp;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Images are stored as re-encoded pixels only: no EXIF or GPS survives, broken data is refused.</summary>
public sealed class ImageReencodingTests
{
    private readonly MediaPreparer preparer = new(new MediaInspector(), new ImageReencoder());

    [Fact]
    public void A_jpeg_with_exif_and_a_gps_position_is_stored_without_them()
    {
        var photo = JpegWithExif(16, 8, orientation: 1);
        Assert.True(photo.AsSpan().IndexOf("Exif\0\0"u8) > 0);

        var prepared = preparer.Prepare(photo, MediaInspector.DefaultMaxBytes);

        Assert.Equal(MediaKind.Jpeg, prepared.Inspection.Kind);
        Assert.Equal((16, 8), (prepared.Inspection.Width!.Value, prepared.Inspection.Height!.Value));
        Assert.True(prepared.Content.AsSpan().IndexOf("Exif"u8) < 0);
        Assert.True(prepared.Content.AsSpan().IndexOf("MM\0*"u8) < 0);
        Assert.True(prepared.Content.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xE1]) < 0);
        using var codec = SKCodec.Create(new MemoryStream(prepared.Content));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
    }

    [Fact]
    public void A_jpeg_that_exif_says_to_turn_is_stored_upright()
    {
        var prepared = preparer.Prepare(JpegWithExif(16, 8, orientation: 6), MediaInspector.DefaultMaxBytes);

        Assert.Equal((8, 16), (prepared.Inspection.Width!.Value, prepared.Inspection.Height!.Value));
        using var codec = SKCodec.Create(new MemoryStream(prepared.Content));
        Assert.Equal((8, 16), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
    }

    [Fact]
    public void A_png_with_a_text_chunk_is_stored_as_png_without_it()
    {
        var png = MediaInspectorTests.Png(5, 4);
        byte[] tagged = [.. png[..33], .. MediaInspectorTests.Chunk("tEXt", "Comment\0GPS 42.87 74.59"u8.ToArray()), .. png[33..]];

        var prepared = preparer.Prepare(tagged, MediaInspector.DefaultMaxBytes);

        Assert.Equal(MediaKind.Png, prepared.Inspection.Kind);
        Assert.Equal((5, 4), (prepared.Inspection.Width!.Value, prepared.Inspection.Height!.Value));
        Assert.True(prepared.Content.AsSpan().IndexOf("GPS 42.87"u8) < 0);
    }

    [Fact]
    public void A_gif_keeps_its_first_frame_as_a_png()
    {
        var prepared = preparer.Prepare(MediaInspectorTests.Gif(), MediaInspector.DefaultMaxBytes);

        Assert.Equal(new MediaInspection(MediaKind.Png, "image/png", ".png", 1, 1), prepared.Inspection);
        Assert.True(prepared.Content.AsSpan().StartsWith(MediaInspectorTests.PngSignature));
    }

    [Fact]
    public void A_webp_stays_webp()
    {
        var prepared = preparer.Prepare(
            Convert.FromHexString("524946461A000000574542505650384C0D0000002F00000010071011118888FE0700"), MediaInspector.DefaultMaxBytes);

        Assert.Equal(MediaKind.WebP, prepared.Inspection.Kind);
        Assert.True(prepared.Content.AsSpan(8).StartsWith("WEBP"u8));
    }

    [Fact]
    public void A_png_whose_header_fits_but_whose_data_is_ten_bytes_is_refused_as_broken()
    {
        byte[] png =
        [
            .. MediaInspectorTests.PngSignature, .. MediaInspectorTests.Chunk("IHDR", MediaInspectorTests.Ihdr(4000, 3000)),
            .. MediaInspectorTests.Chunk("IDAT", new byte[10]), .. MediaInspectorTests.Chunk("IEND", []),
        ];

        var error = Assert.Throws<MediaValidationException>(() => preparer.Prepare(png, MediaInspector.DefaultMaxBytes));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
    }

    [Fact]
    public void A_png_claiming_50000_by_50000_pixels_is_refused_without_decoding()
    {
        byte[] png =
        [
            .. MediaInspectorTests.PngSignature, .. MediaInspectorTests.Chunk("IHDR", MediaInspectorTests.Ihdr(50_000, 50_000)),
            .. MediaInspectorTests.Chunk("IDAT", new byte[10]), .. MediaInspectorTests.Chunk("IEND", []),
        ];

        var error = Assert.Throws<MediaValidationException>(() => preparer.Prepare(png, MediaInspector.DefaultMaxBytes));

        Assert.Equal(MediaValidationException.TooManyPixels, error.Code);
    }

    /// <summary>A JPEG with an EXIF APP1 segment: orientation in IFD0 and a GPS IFD holding a latitude.</summary>
    internal static byte[] JpegWithExif(int width, int height, ushort orientation) =>
        WithExif(MediaInspectorTests.Jpeg(width, height), orientation);

    /// <summary>The JPEG with an EXIF APP1 segment (orientation and a GPS latitude) right after its start marker.</summary>
    internal static byte[] WithExif(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[92];
        "MM\0*"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 2);
        Entry(tiff, 10, 0x0112, 3, 1, (uint)orientation << 16); // Orientation, SHORT
        Entry(tiff, 22, 0x8825, 4, 1, 38); // GPS IFD pointer
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(38), 2);
        Entry(tiff, 40, 0x0001, 2, 2, 0x4E000000); // GPSLatitudeRef "N"
        Entry(tiff, 52, 0x0002, 5, 3, 68); // GPSLatitude, three RATIONALs at 68
        uint[] latitude = [42, 1, 52, 1, 1234, 100];
        for (var i = 0; i < latitude.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(68 + (4 * i)), latitude[i]);
        }

        return [.. jpeg[..2], .. MediaInspectorTests.Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]), .. jpeg[2..]];
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 8), value);
    }
}
