using System;

namespace GreenAI.Impact;

/// <summary>
/// Device energy of generated images, from measured open diffusion models at 1024×1024 (docs/methodology.md
/// §2.2, §2.5, §2.6). Hosted image models (gpt-image, DALL·E, Imagen) publish no figures: this is a proxy.
/// </summary>
internal static class ImageEnergy
{
    /// <summary>Stable Diffusion 3 Medium, 1024×1024, 25 steps: 0.63 Wh per image, server energy (GPU × 2), MIT Technology Review 2025.</summary>
    public const double ReferenceLowWh = 0.63;

    /// <summary>SDXL base 1.0 at its 1024×1024 default: 1.64 GPU Wh per image (AI Energy Score v1, H100), × 1.3 for CPU and RAM as AI Energy Score advises.</summary>
    public const double ReferenceHighWh = 1.64 * 1.3;

    public const int ReferenceSide = 1024;

    /// <summary>Energy grows with pixels between linearly and as pixels^1.5 (§2.6): the range takes both.</summary>
    public const double LowPixelExponent = 1.0;
    public const double HighPixelExponent = 1.5;

    public const string Method = "Proxy: SD3 Medium (MIT TR 2025) to SDXL (AI Energy Score v1) at 1024×1024 on H100, scaled by pixels^1.0–1.5";

    public static ValueRange DeviceWh(int width, int height, int count)
    {
        double ratio = (double)width * height / ((double)ReferenceSide * ReferenceSide);
        double a = Math.Pow(ratio, LowPixelExponent);
        double b = Math.Pow(ratio, HighPixelExponent);
        int images = Math.Max(1, count);
        return new ValueRange(ReferenceLowWh * Math.Min(a, b) * images, ReferenceHighWh * Math.Max(a, b) * images);
    }
}
