using System;
using System.Collections.Immutable;
using System.Globalization;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The durations and sizes each video API accepts (rules.md § GAI004 lists them with their sources) and the next
/// cheaper value a fix may offer. How a size reads as pixels is <see cref="GreenAI.Impact.Media.PixelSizes"/>.
/// </summary>
internal static class VideoSizes
{
    public const double DefaultSeconds = 8;
    public const int DefaultWidth = 1280;
    public const int DefaultHeight = 720;

    /// <summary>OpenAI's defaults for a request that leaves the field out: 4 seconds, 720x1280 (rules.md § GAI004).</summary>
    public const double OpenAIDefaultSeconds = 4;
    public const int OpenAIDefaultWidth = 720;
    public const int OpenAIDefaultHeight = 1280;

    /// <summary>OpenAI video API, <c>seconds</c>: "4", "8", "12".</summary>
    private static readonly ImmutableArray<string> OpenAISeconds = ImmutableArray.Create("4", "8", "12");

    /// <summary>Google Veo 3, <c>durationSeconds</c>: 4, 6, 8.</summary>
    private static readonly ImmutableArray<string> VeoSeconds = ImmutableArray.Create("4", "6", "8");

    /// <summary>OpenAI: the larger portrait/landscape sizes (sora-2-pro) step down to 720p of the same orientation.</summary>
    private static readonly ImmutableDictionary<string, string> OpenAISmallerSize = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
    {
        Pair("1792x1024", "1280x720"),
        Pair("1024x1792", "720x1280"),
    });

    /// <summary>Google Veo <c>resolution</c>: "4k" → "1080p" → "720p".</summary>
    private static readonly ImmutableDictionary<string, string> VeoSmallerResolution = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
    {
        Pair("4k", "1080p"),
        Pair("1080p", "720p"),
    });

    /// <summary>The next shorter duration the API accepts, or null (already the shortest, or not an enumerated value).</summary>
    public static string? ShorterSeconds(VideoApi api, string seconds)
    {
        var accepted = api switch
        {
            VideoApi.OpenAI => OpenAISeconds,
            VideoApi.GoogleVeo => VeoSeconds,
            _ => ImmutableArray<string>.Empty,
        };
        int index = accepted.IndexOf(seconds.Trim());
        return index > 0 ? accepted[index - 1] : null;
    }

    public static string? SmallerSize(VideoApi api, string size) => api switch
    {
        VideoApi.OpenAI => OpenAISmallerSize.TryGetValue(size.Trim(), out var smaller) ? smaller : null,
        VideoApi.GoogleVeo => VeoSmallerResolution.TryGetValue(size.Trim(), out var lower) ? lower : null,
        _ => null,
    };

    /// <summary>A duration as the providers write it: 8, "8", "8s" (Luma), "8.5"; a positive number of seconds under an hour.</summary>
    public static bool TryParseSeconds(RequestValue? value, out double seconds)
    {
        seconds = 0;
        var text = value?.Text?.Trim();
        if (text == null)
        {
            return false;
        }

        if (text.EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            text = text.Substring(0, text.Length - 1);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0 && seconds < 3600;
    }

    private static System.Collections.Generic.KeyValuePair<string, string> Pair(string key, string value) => new(key, value);
}
