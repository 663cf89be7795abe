using System.Globalization;
using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The impact of one image generation request: the images the response carries, at the requested size, estimated with
/// the same image proxy as the analyzers' GAI005 (open diffusion models measured on H100s; hosted models publish no
/// figures). Usage only: no embodied share.
/// </summary>
public sealed class ImageImpact : AIImpact
{
    private ImageImpact(string? unknownReason, string? modelId, ImpactEstimate? estimate, int images, int width, int height, bool sizeGiven)
        : base(unknownReason, modelId, estimate)
    {
        Images = images;
        Width = width;
        Height = height;
        SizeGiven = sizeGiven;
    }

    /// <summary>The images the response carries.</summary>
    public int Images { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>False when the options named no size and the provider's usual default was assumed.</summary>
    public bool SizeGiven { get; }

    /// <summary>"dall-e-3, 1 image at 1024×1024, USA mix, Proxy: SD3 Medium … scaled by pixels^1.0–1.5": what the numbers assume.</summary>
    public override string Assumptions =>
        Estimate == null
            ? UnknownReason ?? ""
            : Estimate.Model + ", " + Images.ToString(CultureInfo.InvariantCulture) + (Images == 1 ? " image at " : " images at ")
                + Width.ToString(CultureInfo.InvariantCulture) + "×" + Height.ToString(CultureInfo.InvariantCulture)
                + (SizeGiven ? string.Empty : " (no size in the options: taken as the usual default)")
                + ", " + Estimate.Zone + " mix, " + Estimate.Method;

    internal static ImageImpact Unknown(string reason, string? modelId, int images = 0) => new(reason, modelId, null, images, 0, 0, false);

    internal static ImageImpact Known(string? modelId, ImpactEstimate estimate, int images, int width, int height, bool sizeGiven) =>
        new(null, modelId, estimate, images, width, height, sizeGiven);
}
