using System;
using System.Collections.Generic;
using System.Globalization;

namespace GreenAI.Impact.Media;

/// <summary>
/// How an image or video size reads as pixels, for the analyzers (a request's size text) and the middleware (a
/// response's size): one reading, one range of sides a provider serves.
/// </summary>
internal static class PixelSizes
{
    /// <summary>The smallest and largest side a provider serves (thumbnails aside; the largest sizes served are a few thousand pixels).</summary>
    public const int MinSide = 64;
    public const int MaxSide = 16_384;

    /// <summary>fal.ai's named image sizes (fal API reference, image_size).</summary>
    private static readonly Dictionary<string, (int, int)> NamedSizes = new(StringComparer.Ordinal)
    {
        ["square_hd"] = (1024, 1024),
        ["square"] = (512, 512),
        ["portrait_4_3"] = (768, 1024),
        ["portrait_16_9"] = (576, 1024),
        ["landscape_4_3"] = (1024, 768),
        ["landscape_16_9"] = (1024, 576),
    };

    /// <summary>Both sides within what a provider serves.</summary>
    public static bool IsServed(int width, int height) =>
        width >= MinSide && height >= MinSide && width <= MaxSide && height <= MaxSide;

    /// <summary>
    /// "1280x720" → 1280×720; Runway's ratio "1280:720" the same; a height "720p" (or MiniMax "768P") → 16:9 at that
    /// height, so "720p" → 1280×720 and "1080p" → 1920×1080 (9:16 has the same pixels); "4k" → 3840×2160; fal.ai's
    /// named sizes. An aspect ratio alone ("16:9") gives no pixels.
    /// </summary>
    public static bool TryParse(string text, out int width, out int height)
    {
        width = height = 0;
        var value = text.Trim().ToLowerInvariant();
        if (value == "4k")
        {
            (width, height) = (3840, 2160);
            return true;
        }

        if (NamedSizes.TryGetValue(value, out var named))
        {
            (width, height) = named;
            return true;
        }

        if (value.Length > 1 && value[value.Length - 1] == 'p'
            && int.TryParse(value.Substring(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out height)
            && height >= 144 && height <= 4320)
        {
            width = (int)Math.Round(height * 16 / 9.0);
            return true;
        }

        int x = value.IndexOf('x');
        if (x < 0)
        {
            x = value.IndexOf(':'); // a ratio in pixels, not an aspect ratio: both sides are sizes
        }

        return x > 0
            && int.TryParse(value.Substring(0, x), NumberStyles.None, CultureInfo.InvariantCulture, out width)
            && int.TryParse(value.Substring(x + 1), NumberStyles.None, CultureInfo.InvariantCulture, out height)
            && IsServed(width, height);
    }
}
