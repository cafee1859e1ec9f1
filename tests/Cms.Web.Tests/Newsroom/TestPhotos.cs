using System.Runtime.InteropServices;
using SkiaSharp;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Photo-like test pictures made here: gradients, a pattern and fine grain, so JPEG sizes behave as a photo's.</summary>
internal static class TestPhotos
{
    /// <summary>A JPEG (quality 92) with an EXIF segment holding <paramref name="orientation"/> and a GPS latitude.</summary>
    public static byte[] Jpeg(int width, int height, ushort orientation = 1)
    {
        using var bitmap = Pixels(width, height, opaque: true);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 92);
        return ImageReencodingTests.WithExif(data.ToArray(), orientation);
    }

    /// <summary>A PNG whose left half is transparent.</summary>
    public static byte[] TransparentPng(int width, int height)
    {
        using var bitmap = Pixels(width, height, opaque: false);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKBitmap Pixels(int width, int height, bool opaque)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = ((y * width) + x) * 4;
                var grain = ((x * 7919) + (y * 104729)) % 29;
                pixels[at] = (byte)(((x * 200) / width) + grain);
                pixels[at + 1] = (byte)(((y * 200) / height) + grain);
                pixels[at + 2] = (byte)((((x / 40) + (y / 40)) % 2 == 0 ? 60 : 180) + grain);
                pixels[at + 3] = opaque || x >= width / 2 ? (byte)255 : (byte)0;
            }
        }

        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        return bitmap;
    }
}
