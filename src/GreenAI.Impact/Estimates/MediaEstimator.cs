using System.Collections.Immutable;

namespace GreenAI.Impact;

/// <summary>
/// Turns the device energy of one generated image or video (a proxy from open models measured on H100s) into a
/// displayable estimate: × the provider's PUE, then EcoLogits' usage formulas for carbon and water (§1.1 items 7–8).
/// Usage only: no embodied share, because the proxies give no GPU count or generation time for hosted models.
/// </summary>
internal static class MediaEstimator
{
    public static ImpactEstimate Estimate(
        ValueRange deviceWh,
        string label,
        string? provider,
        string? zoneOverride,
        string method,
        ImmutableDictionary<string, string?> extraProperties)
    {
        var profile = Providers.Find(provider) ?? Providers.Find(Providers.HuggingFace)!;
        var mix = ElectricityMixes.Find(zoneOverride) ?? ElectricityMixes.Find(profile.DefaultZone) ?? ElectricityMixes.Find(ElectricityMixes.World)!;
        var energyWh = new ValueRange(deviceWh.Min * profile.Pue.Min, deviceWh.Max * profile.Pue.Max);
        var gwpG = energyWh * mix.GwpKgPerKWh;
        var waterMl = new ValueRange(
            mix.UsageWater(energyWh.Min, profile.Pue.Min, profile.OnsiteWue.Min),
            mix.UsageWater(energyWh.Max, profile.Pue.Max, profile.OnsiteWue.Max));
        return new ImpactEstimate(profile.Name, label, 0, mix.Zone, energyWh, gwpG, waterMl, method, extraProperties);
    }
}
