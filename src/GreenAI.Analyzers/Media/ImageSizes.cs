using System;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The cheaper request values a GAI005 fix may offer, among those the OpenAI image API accepts (rules.md § GAI005):
/// a square 1024×1024 instead of a wide or tall image; 512 and 256 only for dall-e-2, the one model that takes them;
/// one quality step down; gpt-image-1-mini instead of gpt-image-1.
/// </summary>
internal static class ImageSizes
{
    public const int DefaultSide = 1024;

    public static string? SmallerSize(string size, string? model)
    {
        switch (size.Trim().ToLowerInvariant())
        {
            case "1792x1024":
            case "1024x1792":
            case "1536x1024":
            case "1024x1536":
                return "1024x1024";
            case "1024x1024" when IsDallE2(model):
                return "512x512";
            case "512x512" when IsDallE2(model):
                return "256x256";
            default:
                return null;
        }
    }

    public static string? LowerQuality(string quality) => quality.Trim().ToLowerInvariant() switch
    {
        "hd" => "standard",
        "high" => "medium",
        "medium" => "low",
        _ => null,
    };

    public static string? SmallerModel(string? model) =>
        string.Equals(model?.Trim(), "gpt-image-1", StringComparison.OrdinalIgnoreCase) ? "gpt-image-1-mini" : null;

    private static bool IsDallE2(string? model) => string.Equals(model?.Trim(), "dall-e-2", StringComparison.OrdinalIgnoreCase);
}
