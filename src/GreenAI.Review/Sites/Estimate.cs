using System.Globalization;
using GreenAI.Review.Sarif;

namespace GreenAI.Review.Sites;

/// <summary>The estimate a diagnostic carries for one call (rules.md § Diagnostic properties): energy, GWP, water and assumptions.</summary>
internal sealed record Estimate(string Model, string? Provider, int? OutputTokens, string? Zone, Range EnergyWh, Range GwpG, Range WaterMl, string Method)
{
    /// <summary>"400 output tokens, USA mix, ecologits-0.9.1", or for images and videos the proxy method.</summary>
    public string Assumptions =>
        OutputTokens is > 0 ? $"{OutputTokens.Value.ToString(CultureInfo.InvariantCulture)} output tokens, {Zone ?? "?"} mix, {Method}" : Method;

    /// <summary>The estimate in a result's properties, or null when it has none or they do not read as numbers.</summary>
    public static Estimate? From(LogResult result)
    {
        if (Read(result, "energy_wh") is not { } energy || result.Property("model") is not { } model)
        {
            return null;
        }

        return new Estimate(
            model,
            result.Property("provider"),
            int.TryParse(result.Property("output_tokens"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int tokens) ? tokens : null,
            result.Property("zone"),
            energy,
            Read(result, "gwp_g") ?? new Range(double.NaN, double.NaN),
            Read(result, "water_ml") ?? new Range(double.NaN, double.NaN),
            result.Property("method") ?? "unknown method");
    }

    private static Range? Read(LogResult result, string prefix) =>
        Number(result.Property(prefix + "_min")) is { } min && Number(result.Property(prefix + "_max")) is { } max ? new Range(min, max) : null;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : null;
}
