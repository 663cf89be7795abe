using System;

namespace GreenAI.Impact;

/// <summary>
/// Device energy of one generated video, scaled from measured open text-to-video models (docs/methodology.md
/// §2.3, §2.6). No provider publishes figures for Sora or Veo: this is a proxy, and every message says so.
/// </summary>
internal static class VideoEnergy
{
    /// <summary>Delavande, Pierrard &amp; Luccioni 2025 (arXiv:2509.19222), mean GPU+CPU+RAM Wh per video, 1×H100:
    /// Wan2.1-T2V-1.3B (low) and Wan2.1-T2V-14B (high), both at 1280×720, 81 frames, 50 denoising steps.</summary>
    public const double ReferenceLowWh = 90.51;
    public const double ReferenceHighWh = 415.22;

    public const int ReferenceWidth = 1280;
    public const int ReferenceHeight = 720;
    public const int ReferenceFrames = 81;

    /// <summary>Frame rate of the reference runs (the data's fps column): seconds become frames at this rate.</summary>
    public const double ReferenceFramesPerSecond = 15;

    /// <summary>Both sweeps of the same paper fit energy ∝ pixels^1.51 and ∝ frames^1.51.</summary>
    public const double PixelExponent = 1.5;
    public const double FrameExponent = 1.5;

    public const string Method = "Proxy: Wan2.1 1.3B–14B measured on 1×H100 (Delavande et al. 2025), scaled by pixels^1.5 and frames^1.5";

    public static ValueRange DeviceWh(double seconds, int width, int height, int count)
    {
        double pixelScale = Math.Pow((double)width * height / ((double)ReferenceWidth * ReferenceHeight), PixelExponent);
        double frameScale = Math.Pow(seconds * ReferenceFramesPerSecond / ReferenceFrames, FrameExponent);
        double factor = pixelScale * frameScale * Math.Max(1, count);
        return new ValueRange(ReferenceLowWh * factor, ReferenceHighWh * factor);
    }
}
