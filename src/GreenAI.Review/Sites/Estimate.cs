using System.Globalization;
using GreenAI.Impact;
using GreenAI.Review.Sarif;

namespace GreenAI.Review.Sites;

/// <summary>The estimate a diagnostic carries for one call (rules.md § Diagnostic properties): energy, GWP, water and assumptions.</summary>
internal sealed record Estimate(string Model, string? Provider, int? OutputTokens, string? Zone, PairedRange EnergyWh, PairedRange GwpG, PairedRange WaterMl, string Method)
{
    /// <summary>"400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da)", as the diagnostics' messages say it; for images and videos the proxy method.</summary>
    public string Assumptions =>
        OutputTokens is > 0 ? EstimateText.Assumptions(OutputTokens.Value, Zone ?? "?", EcoLogitsConstants.DisplayNameOf(Method)) : Method;

    /// <summary>More energy than any single call can need (a frontier model's longest answer is ~1 kWh, a long 4k video ~100 kWh).</summary>
    private const double MaxPlausibleWh = 1e7;

    /// <summary>The estimate in a result's properties, or null when it has none or they do not read as numbers.</summary>
    /// <exception cref="LogProblem">Numbers no call can have (negative, or 1e308 Wh): an edited or corrupt log, refused rather than summed.</exception>
    public static Estimate? From(LogResult result)
    {
        if (Read(result, PropertyNames.EnergyWhMin, PropertyNames.EnergyWhMax) is not { } energy || result.Property(PropertyNames.Model) is not { } model)
        {
            return null;
        }

        if (energy.Min < 0 || energy.Max > MaxPlausibleWh)
        {
            throw new LogProblem(string.Create(CultureInfo.InvariantCulture,
                $"{result.File}:{result.Line}: {result.RuleId} gives {energy.Min}–{energy.Max} Wh for one call, which no call can need: the log was edited or is corrupt."));
        }

        return new Estimate(
            model,
            result.Property(PropertyNames.Provider),
            int.TryParse(result.Property(PropertyNames.OutputTokens), NumberStyles.Integer, CultureInfo.InvariantCulture, out int tokens) ? tokens : null,
            result.Property(PropertyNames.Zone),
            energy,
            Read(result, PropertyNames.GwpGMin, PropertyNames.GwpGMax) ?? new PairedRange(double.NaN, double.NaN),
            Read(result, PropertyNames.WaterMlMin, PropertyNames.WaterMlMax) ?? new PairedRange(double.NaN, double.NaN),
            result.Property(PropertyNames.Method) ?? "unknown method");
    }

    private static PairedRange? Read(LogResult result, string minKey, string maxKey) =>
        Number(result.Property(minKey)) is { } min && Number(result.Property(maxKey)) is { } max ? new PairedRange(min, max) : null;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : null;
}
