using GreenAI.Impact.Models;

namespace GreenAI.Impact;

/// <summary>Turns a catalogue model, an output-token count and a zone into a displayable <see cref="ImpactEstimate"/>.</summary>
public static class LlmEstimator
{
    /// <param name="provider">The provider that serves the call; null to take the catalogue's.</param>
    /// <param name="zoneOverride">An electricity zone chosen by the user; null or unknown to use the provider's default.</param>
    /// <param name="requestLatencySeconds">The measured latency of the request at run time, which caps the estimated
    /// generation time as EcoLogits does; null before the code runs (the analyzers), as EcoLogits' unknown latency.</param>
    /// <remarks>Pure: the rules share results per compilation (CallEstimate, LargeModelFinding).</remarks>
    public static ImpactEstimate Estimate(ModelEntry model, int outputTokens, string? provider = null, string? zoneOverride = null, double? requestLatencySeconds = null)
    {
        var profile = Providers.Find(provider) ?? Providers.Find(model.Provider) ?? Providers.Find(Providers.HuggingFace)!;
        var mix = ElectricityMixes.Find(zoneOverride) ?? ElectricityMixes.Find(profile.DefaultZone) ?? ElectricityMixes.Find(ElectricityMixes.World)!;
        var impacts = LlmInferenceCalculator.Compute(model.ActiveParamsB, model.TotalParamsB, outputTokens, profile.Pue, profile.OnsiteWue, mix, requestLatencySeconds, model.Deployment);
        return new ImpactEstimate(
            profile.Name,
            model.Name,
            outputTokens,
            mix.Zone,
            impacts.EnergyKWh * 1000,
            impacts.GwpKg * 1000,
            impacts.WcfL * 1000,
            EcoLogitsConstants.Method);
    }
}
