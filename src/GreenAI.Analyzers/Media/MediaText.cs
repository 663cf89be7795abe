using System;
using System.Globalization;

namespace GreenAI.Analyzers.Media;

/// <summary>The words and counts GAI004 and GAI005 share: "1280×720 assumed", "per request of 2 videos".</summary>
internal static class MediaText
{
    public static string Size(int width, int height, bool known) =>
        width.ToString(CultureInfo.InvariantCulture) + "×" + height.ToString(CultureInfo.InvariantCulture) + (known ? string.Empty : " assumed");

    public static string Per(int count, string noun) =>
        count == 1 ? "per " + noun : "per request of " + count.ToString(CultureInfo.InvariantCulture) + " " + noun + "s";

    /// <summary>The number of items a request asks for: its constant when it has one (at most <paramref name="max"/>), else 1.</summary>
    public static int Count(RequestValue? value, int max) =>
        value?.Number is { } n && n >= 1 ? (int)Math.Min(n, max) : 1;
}
