using SkiaSharp;

namespace Cms.Web.Newsroom.Media;

/// <summary>
/// Makes the responsive renditions of a stored picture: each of <see cref="Widths"/> narrower than the original (a
/// picture narrower than the smallest gets one rendition at its own width; nothing is ever enlarged), as WebP and as
/// JPEG. Pixels are decoded and encoded again, so no EXIF or other metadata reaches a rendition; a JPEG's EXIF
/// orientation is applied first. Downscaling halves with a box filter while the picture is at least twice the target,
/// then a Mitchell cubic filter gives the exact size (sharp without aliasing). Transparent pictures get a white
/// background in JPEG and keep their transparency in WebP. Stateless and thread-safe.
/// </summary>
internal sealed class RenditionMaker
{
    public const int JpegQuality = 82;
    public const float WebPQuality = 80;

    /// <summary>The widths made, in pixels, smallest first.</summary>
    public static ReadOnlySpan<int> Widths => [480, 960, 1600];

    /// <summary>The widths a picture <paramref name="originalWidth"/> pixels wide gets.</summary>
    public static IReadOnlyList<int> WidthsFor(int originalWidth)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(originalWidth);
        var widths = new List<int>();
        foreach (var width in Widths)
        {
            if (width < originalWidth)
            {
                widths.Add(width);
            }
        }

        return widths.Count > 0 ? widths : [originalWidth];
    }

    public IReadOnlyList<RenditionImage> Make(byte[] picture, MediaKind kind)
    {
        if (kind is not (MediaKind.Jpeg or MediaKind.Png or MediaKind.WebP or MediaKind.Gif))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a picture");
        }

        using var original = ImageReencoder.DecodeUpright(picture, kind);
        var renditions = new List<RenditionImage>();
        foreach (var width in WidthsFor(original.Width))
        {
            var height = Math.Max(1, (int)Math.Round((double)original.Height * width / original.Width, MidpointRounding.AwayFromZero));
            using var scaled = Scale(original, width, height);
            renditions.Add(new RenditionImage(MediaKind.WebP, width, height, EncodeWebP(scaled)));
            renditions.Add(new RenditionImage(MediaKind.Jpeg, width, height, EncodeJpeg(scaled)));
        }

        return renditions;
    }

    private static SKBitmap Scale(SKBitmap original, int width, int height)
    {
        var current = original;
        try
        {
            // At exactly half the size a bilinear sample falls between four pixels: their average, a box filter.
            while (current.Width >= width * 2 && current.Height >= height * 2)
            {
                var half = Resize(current, current.Width / 2, current.Height / 2, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
                if (current != original)
                {
                    current.Dispose();
                }

                current = half;
            }

            return Resize(current, width, height, new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        finally
        {
            if (current != original)
            {
                current.Dispose();
            }
        }
    }

    private static SKBitmap Resize(SKBitmap source, int width, int height, SKSamplingOptions sampling) =>
        source.Resize(source.Info.WithSize(width, height), sampling)
            ?? throw new InvalidOperationException($"Skia could not scale a {source.Width}x{source.Height} picture to {width}x{height}.");

    private static byte[] EncodeWebP(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebPQuality))
            ?? throw new InvalidOperationException($"Skia could not encode a {bitmap.Width}x{bitmap.Height} WebP picture.");
        return data.ToArray();
    }

    private static byte[] EncodeJpeg(SKBitmap bitmap)
    {
        using var opaque = new SKBitmap(bitmap.Info.WithAlphaType(SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(opaque))
        using (var image = SKImage.FromBitmap(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var pixmap = opaque.PeekPixels();
        using var data = pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException($"Skia could not encode a {bitmap.Width}x{bitmap.Height} JPEG picture.");
        return data.ToArray();
    }
}
