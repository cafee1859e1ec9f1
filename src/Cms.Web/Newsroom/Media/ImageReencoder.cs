using System.Globalization;
using SkiaSharp;

namespace Cms.Web.Newsroom.Media;

/// <summary>
/// Decodes an image whose header <see cref="MediaInspector"/> accepted and encodes its pixels again, so only pixels
/// are stored: no EXIF (GPS position, camera serial), XMP or comment survives, and data that does not decode is
/// refused. JPEG stays JPEG (quality 85, turned upright as its EXIF orientation said), PNG stays PNG, WebP stays
/// WebP; a GIF keeps only its first frame, stored as PNG (Skia cannot write GIF; an animation becomes a still).
/// Stateless and thread-safe.
/// </summary>
internal sealed class ImageReencoder
{
    public const int JpegQuality = 85;
    public const int WebPQuality = 85;

    public ReencodedImage Reencode(byte[] content, MediaKind kind)
    {
        using var upright = DecodeUpright(content, kind);
        var (format, quality, storedKind) = kind switch
        {
            MediaKind.Jpeg => (SKEncodedImageFormat.Jpeg, JpegQuality, MediaKind.Jpeg),
            MediaKind.WebP => (SKEncodedImageFormat.Webp, WebPQuality, MediaKind.WebP),
            MediaKind.Png or MediaKind.Gif => (SKEncodedImageFormat.Png, 100, MediaKind.Png),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an image"),
        };
        using var image = SKImage.FromBitmap(upright);
        using var encoded = image.Encode(format, quality)
            ?? throw new InvalidOperationException($"Skia could not encode a {upright.Width}x{upright.Height} {format} image.");
        return new ReencodedImage(storedKind, encoded.ToArray(), upright.Width, upright.Height);
    }

    /// <summary>The picture's pixels within the pixel limit, turned as a JPEG's EXIF orientation says it is seen (other
    /// formats as stored); refused as broken when they do not decode.</summary>
    public static SKBitmap DecodeUpright(byte[] content, MediaKind kind)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data) ?? throw Broken("it cannot be decoded");
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MediaInspector.MaxPixels)
        {
            throw Broken(string.Create(CultureInfo.InvariantCulture, $"its picture size is {info.Width}\u00D7{info.Height}"));
        }

        var target = new SKImageInfo(
            info.Width, info.Height, SKColorType.Rgba8888, info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var decoded = new SKBitmap(target);
        var result = codec.GetPixels(target, decoded.GetPixels());
        var origin = kind == MediaKind.Jpeg ? codec.EncodedOrigin : SKEncodedOrigin.TopLeft;
        if (result == SKCodecResult.Success && origin == SKEncodedOrigin.TopLeft)
        {
            return decoded;
        }

        using (decoded)
        {
            if (result != SKCodecResult.Success)
            {
                throw Broken(result == SKCodecResult.IncompleteInput
                    ? "its picture data ends too early, as if the upload was cut off"
                    : "its picture data cannot be decoded");
            }

            return Upright(decoded, origin);
        }
    }

    /// <summary>A new bitmap of the source as the EXIF orientation says it is seen.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        // x' = scaleX·x + skewX·y + transX, y' = skewY·x + scaleY·y + transY, mapping stored pixels to seen ones.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1), // LeftBottom
        };
        var info = swaps ? source.Info.WithSize(source.Height, source.Width) : source.Info;
        var turned = new SKBitmap(info);
        using var canvas = new SKCanvas(turned);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        canvas.Flush();
        return turned;
    }

    private static MediaValidationException Broken(string detail) =>
        new(MediaValidationException.BrokenImage, $"The image is damaged: {detail}.");
}
