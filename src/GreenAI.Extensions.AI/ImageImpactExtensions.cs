using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>The impact of an image generation response, as <see cref="ImpactTrackingImageGenerator"/> left it.</summary>
public static class ImageImpactExtensions
{
    // ImageGenerationResponse has no AdditionalProperties: the impact lives beside the response, as long as it does.
    private static readonly ConditionalWeakTable<ImageGenerationResponse, ImageImpact> Impacts = new();

    /// <summary>The response's impact; null when no <see cref="ImpactTrackingImageGenerator"/> was in the pipeline.</summary>
    public static ImageImpact? GetImpact(this ImageGenerationResponse response) =>
        response != null && Impacts.TryGetValue(response, out var impact) ? impact : null;

    /// <summary>The innermost tracker's impact wins: it is the one closest to the provider.</summary>
    internal static void Attach(ImageGenerationResponse response, ImageImpact impact)
    {
        try
        {
            Impacts.Add(response, impact);
        }
        catch (ArgumentException)
        {
            // Already there: an inner tracker's.
        }
    }
}
