using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Cms.Web.Newsroom.Media;

namespace Cms.Web.Tests.Newsroom;

public sealed class MediaInspectorTests
{
    private const long Limit = MediaInspector.DefaultMaxBytes;

    // Modernizr's 1×1 WebP probes: lossless (VP8L), lossy (VP8) and extended with alpha (VP8X + ALPH + VP8).
    private const string LosslessWebP = "524946461A000000574542505650384C0D0000002F00000010071011118888FE0700";
    private const string LossyWebP = "52494646220000005745425056503820160000003001009D012A010001000EC0FE25A400037000000000";
    private const string ExtendedWebP =
        "524946464A00000057454250565038580A00000010000000000000000000414C50480C00000011071011FD0F4444FF03000056503820180000001401009D012A010001000000FE00000DC000FEE6B5000000";

    private readonly MediaInspector inspector = new();

    [Fact]
    public void A_png_is_accepted_with_its_width_and_height()
    {
        var result = inspector.Inspect(Png(3, 2), Limit);

        Assert.Equal(new MediaInspection(MediaKind.Png, "image/png", ".png", 3, 2), result);
    }

    [Fact]
    public void A_one_pixel_png_is_accepted()
    {
        var result = inspector.Inspect(Png(1, 1), Limit);

        Assert.Equal((1, 1), (result.Width, result.Height));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(16, 8)]
    [InlineData(9, 17)]
    public void A_baseline_jpeg_is_accepted_with_its_width_and_height(int width, int height)
    {
        var result = inspector.Inspect(Jpeg(width, height), Limit);

        Assert.Equal(new MediaInspection(MediaKind.Jpeg, "image/jpeg", ".jpg", width, height), result);
    }

    [Fact]
    public void A_jpeg_whose_exif_thumbnail_ends_in_ff_d9_and_which_has_bytes_after_its_end_is_accepted()
    {
        // Cameras embed a whole thumbnail JPEG (with its own end marker) in APP1, and some phones append data after EOI.
        var thumbnail = Jpeg(1, 1);
        var app1 = Segment(0xE1, [.. "Exif\0\0"u8, .. thumbnail]);
        var photo = Jpeg(16, 8);
        byte[] content = [.. photo[..2], .. app1, .. photo[2..], .. "SEFHtrailer"u8];

        var result = inspector.Inspect(content, Limit);

        Assert.Equal((MediaKind.Jpeg, 16, 8), (result.Kind, result.Width!.Value, result.Height!.Value));
    }

    [Fact]
    public void A_gif_is_accepted_with_its_width_and_height()
    {
        var result = inspector.Inspect(Gif(), Limit);

        Assert.Equal(new MediaInspection(MediaKind.Gif, "image/gif", ".gif", 1, 1), result);
    }

    [Theory]
    [InlineData(LosslessWebP)]
    [InlineData(LossyWebP)]
    [InlineData(ExtendedWebP)]
    public void A_webp_is_accepted_with_its_width_and_height(string hex)
    {
        var result = inspector.Inspect(Convert.FromHexString(hex), Limit);

        Assert.Equal(new MediaInspection(MediaKind.WebP, "image/webp", ".webp", 1, 1), result);
    }

    [Fact]
    public void A_lossless_webp_reports_its_real_size()
    {
        var webp = Convert.FromHexString(LosslessWebP);
        // 14 bits of width-1 then 14 bits of height-1, little-endian, after the 0x2F signature at offset 20.
        var bits = BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(21)) | (639u) | (479u << 14);
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(21), bits);

        var result = inspector.Inspect(webp, Limit);

        Assert.Equal((640, 480), (result.Width!.Value, result.Height!.Value));
    }

    [Fact]
    public void A_pdf_is_accepted_without_dimensions()
    {
        var result = inspector.Inspect(Pdf(), Limit);

        Assert.Equal(new MediaInspection(MediaKind.Pdf, "application/pdf", ".pdf", null, null), result);
    }

    [Fact]
    public void A_windows_program_renamed_photo_jpg_is_refused_as_a_program()
    {
        // The name "photo.jpg" never reaches the inspector: only the bytes decide.
        var exe = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0This program cannot be run in DOS mode.\r\r\n$");

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(exe, Limit));

        Assert.Equal(MediaValidationException.UnknownType, error.Code);
        Assert.Equal("This file is not a JPEG, PNG, WebP, GIF or PDF (it looks like a Windows program).", error.Message);
    }

    [Theory]
    [InlineData("7F454C46020101000000", "Linux program")]
    [InlineData("23212F62696E2F73680A726D202D7266202F0A", "script")]
    [InlineData("504B0304140006000800", "ZIP archive")]
    [InlineData("D0CF11E0A1B11AE10000", "Word, Excel or PowerPoint")]
    [InlineData("1F8B0800000000000003", "compressed archive")]
    [InlineData("424D3A000000000000003600", "BMP image")]
    [InlineData("0000001C667479706865696300000000", "HEIC photo")]
    [InlineData("52494646240000005741564566", "audio or video")]
    public void Other_known_formats_are_refused_with_what_they_look_like(string hex, string looksLike)
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(Convert.FromHexString(hex), Limit));

        Assert.Equal(MediaValidationException.UnknownType, error.Code);
        Assert.Contains("it looks like", error.Message, StringComparison.Ordinal);
        Assert.Contains(looksLike, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>", "SVG")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- Generator: Illustrator -->\n<SVG xmlns=\"http://www.w3.org/2000/svg\"></SVG>", "SVG")]
    [InlineData("\uFEFF  \r\n<!DOCTYPE html><html><script>alert(1)</script></html>", "web page")]
    [InlineData("<html><body>hi</body></html>", "web page")]
    [InlineData("<script>alert(1)</script>", "web page")]
    [InlineData("<?xml version=\"1.0\"?><feed/>", "XML document")]
    public void Markup_renamed_to_png_is_refused(string text, string looksLike)
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(Encoding.UTF8.GetBytes(text), Limit));

        Assert.Equal(MediaValidationException.UnknownType, error.Code);
        Assert.Contains(looksLike, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_svg_is_refused_as_svg()
    {
        byte[] content = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")];

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(content, Limit));

        Assert.Contains("SVG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unrecognised_bytes_are_refused_without_a_guess()
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect("just some text"u8, Limit));

        Assert.Equal(MediaValidationException.UnknownType, error.Code);
        Assert.Equal("This file is not a JPEG, PNG, WebP, GIF or PDF.", error.Message);
    }

    [Fact]
    public void Empty_content_is_refused()
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect([], Limit));

        Assert.Equal(MediaValidationException.Empty, error.Code);
        Assert.Equal("The file is empty.", error.Message);
    }

    [Fact]
    public void One_byte_over_a_small_limit_is_refused_naming_both_sizes()
    {
        var png = Png(1, 1);

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(png, png.Length - 1));

        Assert.Equal(MediaValidationException.TooLarge, error.Code);
        Assert.Equal($"The file is {png.Length} bytes; the limit is {png.Length - 1} bytes.", error.Message);
    }

    [Fact]
    public void One_byte_over_the_default_limit_is_refused_naming_both_exact_sizes()
    {
        var content = new byte[Limit + 1];
        Png(1, 1).CopyTo(content, 0);

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(content, Limit));

        Assert.Equal(MediaValidationException.TooLarge, error.Code);
        Assert.Equal("The file is 10,485,761 bytes; the limit is 10,485,760 bytes (10 MB).", error.Message);
    }

    [Fact]
    public void A_much_larger_file_is_refused_in_megabytes()
    {
        var content = new byte[(long)(12.4 * 1024 * 1024)];

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(content, Limit));

        Assert.Equal("The file is 12.4 MB; the limit is 10 MB.", error.Message);
    }

    [Fact]
    public void Content_exactly_at_the_limit_is_accepted()
    {
        var png = Png(1, 1);

        Assert.Equal(MediaKind.Png, inspector.Inspect(png, png.Length).Kind);
    }

    [Fact]
    public void Every_truncation_of_a_png_is_refused_as_broken() => AssertEveryTruncationIsBroken(Png(3, 2), 8);

    [Fact]
    public void Every_truncation_of_a_jpeg_is_refused_as_broken() => AssertEveryTruncationIsBroken(Jpeg(16, 8), 3);

    [Fact]
    public void Every_truncation_of_a_gif_is_refused_as_broken() => AssertEveryTruncationIsBroken(Gif(), 6);

    [Fact]
    public void Every_truncation_of_a_webp_is_refused_as_broken()
    {
        AssertEveryTruncationIsBroken(Convert.FromHexString(LosslessWebP), 12);
        AssertEveryTruncationIsBroken(Convert.FromHexString(ExtendedWebP), 12);
    }

    [Fact]
    public void A_truncated_png_says_it_was_cut_off()
    {
        var png = Png(3, 2);

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(png.AsSpan(0, png.Length - 5), Limit));

        Assert.Equal("The image is damaged: the PNG file ends too early, as if the upload was cut off.", error.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_broken()
    {
        var pdf = Pdf();

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(pdf.AsSpan(0, pdf.Length / 2), Limit));

        Assert.Equal(MediaValidationException.BrokenPdf, error.Code);
        Assert.Contains("cannot be opened", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_header_with_an_end_marker_but_nothing_real_between_is_refused()
    {
        // Enough for the old check (a %PDF- start and a %%EOF near the end), nothing a PDF reader can open.
        var fake = "%PDF-1.7\nnot a document at all\nstartxref\n9\n%%EOF\n"u8.ToArray();

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(fake, Limit));

        Assert.Equal(MediaValidationException.BrokenPdf, error.Code);
    }

    [Theory]
    [InlineData(50_000u, 50_000u)]
    [InlineData(2_147_483_647u, 2_147_483_647u)]
    [InlineData(40_001u, 1_000u)]
    public void A_png_whose_header_claims_more_than_40_megapixels_is_refused_before_decoding(uint width, uint height)
    {
        byte[] png = [.. PngSignature, .. Chunk("IHDR", Ihdr(width, height)), .. Chunk("IDAT", new byte[10]), .. Chunk("IEND", [])];

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(png, Limit));

        Assert.Equal(MediaValidationException.TooManyPixels, error.Code);
        Assert.Contains("the limit is 40 megapixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_of_exactly_40_megapixels_passes_the_header_check()
    {
        byte[] png = [.. PngSignature, .. Chunk("IHDR", Ihdr(8000, 5000)), .. Chunk("IDAT", new byte[10]), .. Chunk("IEND", [])];

        var result = inspector.Inspect(png, Limit);

        Assert.Equal((8000, 5000), (result.Width!.Value, result.Height!.Value));
    }

    [Fact]
    public void A_png_whose_header_says_zero_by_zero_is_refused()
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(Png(0, 0), Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
        Assert.Equal("The image is damaged: its PNG header says 0\u00D70 pixels.", error.Message);
    }

    [Fact]
    public void A_png_with_zero_height_is_refused()
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(Png(5, 0), Limit));

        Assert.Contains("5\u00D70 pixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_with_a_corrupted_byte_is_refused()
    {
        var png = Png(3, 2);
        png[^20] ^= 0x55; // inside IDAT, so its checksum no longer matches

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(png, Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_without_image_data_is_refused()
    {
        byte[] png = [.. PngSignature, .. Chunk("IHDR", Ihdr(1, 1)), .. Chunk("IEND", [])];

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(png, Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
    }

    [Fact]
    public void A_jpeg_whose_frame_header_says_zero_width_is_refused()
    {
        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(Jpeg(0, 8), Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
        Assert.Equal("The image is damaged: its JPEG header says 0\u00D78 pixels.", error.Message);
    }

    [Fact]
    public void A_jpeg_without_a_frame_header_is_refused()
    {
        byte[] jpeg = [0xFF, 0xD8, .. Segment(0xE0, "JFIF\0\u0001\u0001\0\0\u0001\0\u0001\0\0"u8.ToArray()), 0xFF, 0xD9];

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(jpeg, Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
    }

    [Fact]
    public void A_gif_whose_screen_is_zero_by_zero_is_refused()
    {
        var gif = Gif();
        gif[6] = gif[7] = gif[8] = gif[9] = 0;

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(gif, Limit));

        Assert.Equal("The image is damaged: its GIF header says 0\u00D70 pixels.", error.Message);
    }

    [Fact]
    public void A_webp_whose_riff_size_is_larger_than_the_file_is_refused()
    {
        var webp = Convert.FromHexString(LossyWebP);
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(4), (uint)webp.Length);

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(webp, Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
    }

    [Fact]
    public void A_webp_without_a_picture_chunk_is_refused()
    {
        byte[] webp = [.. "RIFF"u8, 12, 0, 0, 0, .. "WEBPEXIF"u8, 0, 0, 0, 0];

        var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(webp, Limit));

        Assert.Equal(MediaValidationException.BrokenImage, error.Code);
    }

    private void AssertEveryTruncationIsBroken(byte[] content, int magicLength)
    {
        Assert.NotNull(inspector.Inspect(content, Limit));
        for (var length = magicLength; length < content.Length; length++)
        {
            var error = Assert.Throws<MediaValidationException>(() => inspector.Inspect(content.AsSpan(0, length), Limit));
            Assert.True(error.Code == MediaValidationException.BrokenImage, $"cut at {length} of {content.Length}: {error.Code} {error.Message}");
        }
    }

    internal static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    internal static byte[] Png(uint width, uint height)
    {
        // Each row: filter type 0, then width RGB pixels.
        var raw = new byte[height * (1 + (width * 3))];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = (byte)(i % (1 + (width * 3)) == 0 ? 0 : i * 37);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return [.. PngSignature, .. Chunk("IHDR", Ihdr(width, height)), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    internal static byte[] Ihdr(uint width, uint height)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // RGB
        return ihdr;
    }

    internal static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        return chunk;
    }

    // Bit-at-a-time CRC-32 (ISO 3309, as PNG uses), deliberately not the table version the inspector has.
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }

    /// <summary>A decodable baseline greyscale JPEG: every 8×8 block is "DC difference 0, end of block", which with
    /// one-symbol Huffman tables is the two bits 00, padded with 1s.</summary>
    internal static byte[] Jpeg(int width, int height)
    {
        var blocks = ((width + 7) / 8) * ((height + 7) / 8);
        var bits = Math.Max(1, blocks) * 2;
        var scan = new byte[(bits + 7) / 8];
        scan[^1] = (byte)(0xFF >> (bits - ((scan.Length - 1) * 8)));

        return
        [
            0xFF, 0xD8,
            .. Segment(0xE0, "JFIF\0\u0001\u0001\0\0\u0001\0\u0001\0\0"u8.ToArray()),
            .. Segment(0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]),
            .. Segment(0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]),
            .. Segment(0xC4, [0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]),
            .. Segment(0xC4, [0x10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x00]),
            .. Segment(0xDA, [1, 1, 0x00, 0, 63, 0]),
            .. scan,
            0xFF, 0xD9,
        ];
    }

    internal static byte[] Segment(byte marker, byte[] data) =>
        [0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2), .. data];

    // The classic 1×1 GIF89a: two-colour global table, a graphic control extension, one image, the trailer.
    internal static byte[] Gif() => Convert.FromHexString(
        "47494638396101000100800000000000FFFFFF21F90401000000002C00000000010001000002024401003B");

    internal static byte[] Pdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>",
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
