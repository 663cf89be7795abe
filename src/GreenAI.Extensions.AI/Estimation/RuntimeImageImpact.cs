using System.Collections.Immutable;
using GreenAI.Impact;
using GreenAI.Impact.Media;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The image proxy at run time: the images the response carries, at the size the options asked for, as the analyzers'
/// GAI005 estimates a request before it runs (<see cref="ImageEnergy"/>, <see cref="MediaEstimator"/>).
/// </summary>
internal static class RuntimeImageImpact
{
    /// <summary>No provider returns more images for one request (OpenAI's n is at most 10).</summary>
    internal const int MaxImages = 100;

    /// <summary>OpenAI's and most providers' size when none is asked for.</summary>
    internal const int DefaultSide = 1024;

    /// <param name="size">The options' <c>ImageSize</c>, null when not asked for.</param>
    /// <param name="metadataProvider">The generator's <c>ImageGeneratorMetadata.ProviderName</c>.</param>
    public static ImageImpact Compute(string? modelId, (int Width, int Height)? size, int images, string? metadataProvider, ImpactTrackingOptions options)
    {
        if (images <= 0)
        {
            return ImageImpact.Unknown("the response carries no image", modelId);
        }

        if (images > MaxImages)
        {
            return ImageImpact.Unknown($"the response carries {images} images, more than a provider returns for one request", modelId, images);
        }

        var (width, height) = size ?? (DefaultSide, DefaultSide);
        if (!PixelSizes.IsServed(width, height))
        {
            return ImageImpact.Unknown($"the requested size {width}×{height} is not an image size a provider serves", modelId, images);
        }

        var provider = options.Provider ?? MediaProviders.ProfileOf(modelId, Providers.Named(metadataProvider));
        string label = string.IsNullOrWhiteSpace(modelId) ? "unknown model" : ImpactInstruments.Bound(modelId!.Trim())!;
        var estimate = MediaEstimator.Estimate(
            ImageEnergy.DeviceWh(width, height, images), label, provider, options.ElectricityZone, ImageEnergy.Method,
            ImmutableDictionary<string, string?>.Empty);
        return ImageImpact.Known(modelId, estimate, images, width, height, size != null);
    }
}
