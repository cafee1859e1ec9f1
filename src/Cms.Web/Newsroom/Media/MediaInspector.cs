using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig;

namespace Cms.Web.Newsroom.Media;

/// <summary>Decides what an upload is from its bytes (never from its name) and walks its structure far enough to
/// refuse cut-off or damaged files before they are stored. Stateless and thread-safe.</summary>
internal sealed class MediaInspector
{
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Largest picture accepted, checked in the header before any decoding: 40 megapixels (a 7,300×5,500
    /// photo) take 160 MB to decode.</summary>
    public const long MaxPixels = 40_000_000;

    private const string Accepted = "JPEG, PNG, WebP, GIF or PDF";

    private static readonly uint[] CrcTable = BuildCrcTable();

    public MediaInspection Inspect(ReadOnlySpan<byte> content, long maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        if (content.IsEmpty)
        {
            throw new MediaValidationException(MediaValidationException.Empty, "The file is empty.");
        }

        if (content.Length > maxBytes)
        {
            throw new MediaValidationException(MediaValidationException.TooLarge, TooLargeMessage(content.Length, maxBytes));
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            var (width, height) = InspectJpeg(content);
            return Picture(MediaKind.Jpeg, width, height);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            var (width, height) = InspectPng(content);
            return Picture(MediaKind.Png, width, height);
        }

        if (content.StartsWith("GIF87a"u8) || content.StartsWith("GIF89a"u8))
        {
            var (width, height) = InspectGif(content);
            return Picture(MediaKind.Gif, width, height);
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            var (width, height) = InspectWebP(content);
            return Picture(MediaKind.WebP, width, height);
        }

        if (content.StartsWith("%PDF-"u8))
        {
            InspectPdf(content);
            return Result(MediaKind.Pdf, null, null);
        }

        var guess = Guess(content);
        throw new MediaValidationException(
            MediaValidationException.UnknownType,
            guess is null ? $"This file is not a {Accepted}." : $"This file is not a {Accepted} (it looks like {guess}).");
    }

    private static MediaInspection Picture(MediaKind kind, int width, int height)
    {
        var pixels = (long)width * height;
        if (pixels > MaxPixels)
        {
            throw new MediaValidationException(
                MediaValidationException.TooManyPixels,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The image is {width:N0}\u00D7{height:N0} pixels ({pixels / 1e6:N0} megapixels); the limit is {MaxPixels / 1_000_000} megapixels. Please make it smaller."));
        }

        return Result(kind, width, height);
    }

    private static MediaInspection Result(MediaKind kind, int? width, int? height) =>
        new(kind, MediaFileNames.ContentTypeOf(kind), MediaFileNames.ExtensionOf(kind), width, height);

    private static (int Width, int Height) InspectPng(ReadOnlySpan<byte> content)
    {
        var pos = 8;
        int width = 0, height = 0;
        var sawData = false;
        while (true)
        {
            if (pos + 8 > content.Length)
            {
                throw Truncated("PNG");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(content[pos..]);
            var type = content.Slice(pos + 4, 4);
            if (length > int.MaxValue || !IsAsciiLetters(type))
            {
                throw Broken("a block inside the PNG file is garbled");
            }

            if ((long)pos + 12 + length > content.Length)
            {
                throw Truncated("PNG");
            }

            var data = content.Slice(pos + 8, (int)length);
            var isHeader = type.SequenceEqual("IHDR"u8);
            if (pos == 8 && (!isHeader || length != 13))
            {
                throw Broken("the PNG file has no header");
            }

            // A checksum error in a critical chunk (upper-case first letter) makes browsers drop the picture.
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(content[(pos + 8 + (int)length)..]);
            if ((type[0] & 0x20) == 0 && Crc32(content.Slice(pos + 4, 4 + (int)length)) != storedCrc)
            {
                throw Broken("a checksum inside the PNG file does not match its data");
            }

            if (isHeader)
            {
                if (pos != 8)
                {
                    throw Broken("the PNG file has a second header");
                }

                var w = BinaryPrimitives.ReadUInt32BigEndian(data);
                var h = BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                if (w == 0 || h == 0 || w > int.MaxValue || h > int.MaxValue)
                {
                    throw Broken(Size("PNG", w, h));
                }

                (width, height) = ((int)w, (int)h);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                sawData = true;
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                return sawData ? (width, height) : throw Broken("the PNG file contains no picture data");
            }

            pos += 12 + (int)length;
        }
    }

    private static (int Width, int Height) InspectJpeg(ReadOnlySpan<byte> content)
    {
        var pos = 2;
        int? width = null, height = null;
        while (true)
        {
            if (pos >= content.Length)
            {
                throw Truncated("JPEG");
            }

            if (content[pos] != 0xFF)
            {
                throw Broken("the blocks inside the JPEG file are garbled");
            }

            while (pos < content.Length && content[pos] == 0xFF)
            {
                pos++;
            }

            if (pos >= content.Length)
            {
                throw Truncated("JPEG");
            }

            var marker = content[pos++];
            if (marker == 0xD9)
            {
                return width is { } w && height is { } h ? (w, h) : throw Broken("the JPEG file has no picture size");
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (marker is 0x00 or 0xD8)
            {
                throw Broken("the blocks inside the JPEG file are garbled");
            }

            if (pos + 2 > content.Length)
            {
                throw Truncated("JPEG");
            }

            int length = BinaryPrimitives.ReadUInt16BigEndian(content[pos..]);
            if (length < 2)
            {
                throw Broken("the blocks inside the JPEG file are garbled");
            }

            if (pos + length > content.Length)
            {
                throw Truncated("JPEG");
            }

            if (IsStartOfFrame(marker) && width is null)
            {
                if (length < 8)
                {
                    throw Broken("the JPEG picture header is garbled");
                }

                int h = BinaryPrimitives.ReadUInt16BigEndian(content[(pos + 3)..]);
                int w = BinaryPrimitives.ReadUInt16BigEndian(content[(pos + 5)..]);
                if (w == 0 || h == 0)
                {
                    throw Broken(Size("JPEG", (uint)w, (uint)h));
                }

                (width, height) = (w, h);
            }

            pos += length;
            if (marker == 0xDA)
            {
                if (width is null)
                {
                    throw Broken("the JPEG picture data comes before its size");
                }

                pos = SkipEntropyCodedData(content, pos);
            }
        }
    }

    // Compressed scan data runs until the next marker; FF 00 (an escaped FF) and restart markers belong to it.
    private static int SkipEntropyCodedData(ReadOnlySpan<byte> content, int pos)
    {
        while (true)
        {
            var next = content[pos..].IndexOf((byte)0xFF);
            if (next < 0 || pos + next + 1 >= content.Length)
            {
                throw Truncated("JPEG");
            }

            pos += next;
            var following = content[pos + 1];
            if (following is 0x00 or 0xFF or (>= 0xD0 and <= 0xD7))
            {
                pos += following == 0xFF ? 1 : 2;
                continue;
            }

            return pos;
        }
    }

    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static (int Width, int Height) InspectGif(ReadOnlySpan<byte> content)
    {
        if (content.Length < 13)
        {
            throw Truncated("GIF");
        }

        int width = BinaryPrimitives.ReadUInt16LittleEndian(content[6..]);
        int height = BinaryPrimitives.ReadUInt16LittleEndian(content[8..]);
        if (width == 0 || height == 0)
        {
            throw Broken(Size("GIF", (uint)width, (uint)height));
        }

        var pos = 13 + ColourTableLength(content[10]);
        var frames = 0;
        while (true)
        {
            if (pos >= content.Length)
            {
                throw Truncated("GIF");
            }

            switch (content[pos++])
            {
                case 0x3B:
                    return frames > 0 ? (width, height) : throw Broken("the GIF file contains no picture");
                case 0x21:
                    pos = SkipGifSubBlocks(content, pos + 1);
                    break;
                case 0x2C:
                    if (pos + 9 > content.Length)
                    {
                        throw Truncated("GIF");
                    }

                    // Image descriptor, optional local colour table, LZW code size, then the data sub-blocks.
                    pos += 9 + ColourTableLength(content[pos + 8]) + 1;
                    pos = SkipGifSubBlocks(content, pos);
                    frames++;
                    break;
                default:
                    throw Broken("the blocks inside the GIF file are garbled");
            }
        }
    }

    private static int ColourTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));

    private static int SkipGifSubBlocks(ReadOnlySpan<byte> content, int pos)
    {
        while (true)
        {
            if (pos >= content.Length)
            {
                throw Truncated("GIF");
            }

            var size = content[pos++];
            if (size == 0)
            {
                return pos;
            }

            pos += size;
        }
    }

    private static (int Width, int Height) InspectWebP(ReadOnlySpan<byte> content)
    {
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(content[4..]);
        if (8L + riffSize > content.Length)
        {
            throw Truncated("WebP");
        }

        var end = 8 + (int)riffSize;
        int? width = null, height = null;
        var sawPicture = false;
        var pos = 12;
        while (pos < end)
        {
            if (pos + 8 > end)
            {
                throw Truncated("WebP");
            }

            var fourCc = content.Slice(pos, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(content[(pos + 4)..]);
            if (pos + 8L + size > end)
            {
                throw Truncated("WebP");
            }

            var data = content.Slice(pos + 8, (int)size);
            var isLossy = fourCc.SequenceEqual("VP8 "u8);
            var isLossless = fourCc.SequenceEqual("VP8L"u8);
            var isExtended = fourCc.SequenceEqual("VP8X"u8);
            if (pos == 12 && !isLossy && !isLossless && !isExtended)
            {
                throw Broken("the WebP file has no picture header");
            }

            if (isLossy || isLossless || fourCc.SequenceEqual("ANMF"u8))
            {
                sawPicture = true;
            }

            if (pos == 12)
            {
                (width, height) = isLossy ? Vp8Size(data) : isLossless ? Vp8LSize(data) : Vp8XSize(data);
            }

            pos += 8 + (int)size + (int)(size & 1);
        }

        return sawPicture ? (width!.Value, height!.Value) : throw Broken("the WebP file contains no picture data");
    }

    private static (int, int) Vp8Size(ReadOnlySpan<byte> data)
    {
        // Frame tag (3 bytes, bit 0 clear on a key frame), start code 9D 01 2A, then 14-bit width and height.
        if (data.Length < 10 || (data[0] & 1) != 0 || !data.Slice(3, 3).SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A]))
        {
            throw Broken("the WebP picture header is garbled");
        }

        var width = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF;
        var height = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF;
        return width == 0 || height == 0 ? throw Broken(Size("WebP", (uint)width, (uint)height)) : (width, height);
    }

    private static (int, int) Vp8LSize(ReadOnlySpan<byte> data)
    {
        // Signature 0x2F, then width-1 and height-1 in 14 bits each, alpha hint, and a 3-bit version that must be 0.
        if (data.Length < 5 || data[0] != 0x2F)
        {
            throw Broken("the WebP picture header is garbled");
        }

        var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
        return bits >> 29 != 0
            ? throw Broken("the WebP picture header is garbled")
            : ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
    }

    private static (int, int) Vp8XSize(ReadOnlySpan<byte> data)
    {
        // Flags, 3 reserved bytes, then canvas width-1 and height-1 as 24-bit little-endian numbers.
        if (data.Length < 10)
        {
            throw Broken("the WebP picture header is garbled");
        }

        var width = (data[4] | (data[5] << 8) | (data[6] << 16)) + 1;
        var height = (data[7] | (data[8] << 8) | (data[9] << 16)) + 1;
        return (width, height);
    }

    // A real parser, as lenient as PDF readers are (real files often have slightly wrong cross-reference offsets):
    // what PdfPig cannot open, or a page it cannot read (cut off, garbled), is refused. Any exception from the parser
    // means the same thing here, and must not become a 500.
    private static void InspectPdf(ReadOnlySpan<byte> content)
    {
        int pages;
        try
        {
            using var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { UseLenientParsing = true });
            pages = document.NumberOfPages;
            for (var page = 1; page <= pages; page++)
            {
                _ = document.GetPage(page);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new MediaValidationException(
                MediaValidationException.BrokenPdf,
                "The PDF is damaged and cannot be opened (it may have been cut off during the upload). Please save or export it again.");
        }

        if (pages < 1)
        {
            throw new MediaValidationException(MediaValidationException.BrokenPdf, "The PDF has no pages.");
        }
    }

    private static string? Guess(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("MZ"u8))
        {
            return "a Windows program";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46]))
        {
            return "a Linux program";
        }

        if (content.Length >= 4
            && BinaryPrimitives.ReadUInt32BigEndian(content) is 0xFEEDFACE or 0xFEEDFACF or 0xCEFAEDFE or 0xCFFAEDFE or 0xCAFEBABE)
        {
            return "a Mac or Java program";
        }

        if (content.StartsWith("#!"u8))
        {
            return "a script";
        }

        if (content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8) || content.StartsWith("PK\x07\x08"u8))
        {
            return "a ZIP archive; Word, Excel and PowerPoint files are ZIP archives too, please save the document as PDF";
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return "an old-style Word, Excel or PowerPoint file; please save the document as PDF";
        }

        if (content.StartsWith("Rar!\x1A\x07"u8) || content.StartsWith((ReadOnlySpan<byte>)[0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C])
            || content.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "a compressed archive";
        }

        if (content.StartsWith("BM"u8))
        {
            return "a BMP image; please save it as PNG or JPEG";
        }

        if (content.StartsWith("II*\0"u8) || content.StartsWith("MM\0*"u8))
        {
            return "a TIFF image; please save it as PNG or JPEG";
        }

        if (content.Length >= 12 && content[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(content[8..12]);
            return brand switch
            {
                "heic" or "heix" or "hevc" or "hevx" or "heim" or "heis" or "mif1" or "msf1" =>
                    "an HEIC photo (the iPhone format); please save it as JPEG",
                "avif" or "avis" => "an AVIF image; please save it as PNG or JPEG",
                _ => "a video or audio file",
            };
        }

        if (content.StartsWith("RIFF"u8))
        {
            return "an audio or video file";
        }

        if (content.StartsWith("{\\rtf"u8))
        {
            return "an RTF document; please save it as PDF";
        }

        return GuessMarkup(content);
    }

    // SVG, HTML and XML are text, possibly after a byte-order mark, white space or a comment; SVG and HTML can carry script.
    private static string? GuessMarkup(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 4096)];
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(head[2..])
            : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(head[2..])
            : Encoding.UTF8.GetString(head);
        text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\f');
        if (!text.StartsWith('<'))
        {
            return null;
        }

        if (text.Contains("<svg", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<!DOCTYPE svg", StringComparison.OrdinalIgnoreCase))
        {
            return "an SVG drawing, which is not accepted because it can contain scripts; please save it as PNG";
        }

        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            && !text.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            return "an XML document";
        }

        return "a web page (HTML)";
    }

    private static MediaValidationException Broken(string detail) =>
        new(MediaValidationException.BrokenImage, $"The image is damaged: {detail}.");

    private static MediaValidationException Truncated(string format) =>
        Broken($"the {format} file ends too early, as if the upload was cut off");

    private static string Size(string format, uint width, uint height) =>
        string.Create(CultureInfo.InvariantCulture, $"its {format} header says {width}\u00D7{height} pixels");

    private static string TooLargeMessage(long length, long maxBytes)
    {
        var size = FormatSize(length);
        var limit = FormatSize(maxBytes);
        return size == limit
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"The file is {length:N0} bytes; the limit is {maxBytes:N0} bytes ({limit}).")
            : $"The file is {size}; the limit is {limit}.";
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    private static bool IsAsciiLetters(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z')))
            {
                return false;
            }
        }

        return true;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
