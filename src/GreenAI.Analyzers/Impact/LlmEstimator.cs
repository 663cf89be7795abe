using GreenAI.Analyzers.Models;

namespace GreenAI.Analyzers.Impact;

/// <summary>Turns a catalogue model, an output-token count and a zone into a displayable <see cref="ImpactEstimate"/>.</summary>
public static class LlmEstimator
{
    /// <param name="provider">The provider that serves the call; null to take the catalogue's.</param>
    /// <param name="zoneOverride">An electricity zone chosen by the user; null or unknown to use the provider's default.</param>
    public static ImpactEstimate Estimate(ModelEntry model, int outputTokens, string? provider = null, string? zoneOverride = null)
    {
        // The same model, tokens, provider and zone give the same estimate: kept on the catalogue entry, so it lives as
        // long as the catalogue (the built-in one: the process) and the key stays small to hash.
        var key = (outputTokens, provider, zoneOverride);
        // The miss is a separate call: a lambda here would capture the parameters and allocate on every hit too.
        return model.Estimates.TryGetValue(key, out var known) ? known : model.Estimates.GetOrAdd(key, Compute(model, outputTokens, provider, zoneOverride));
    }

    private static ImpactEstimate Compute(ModelEntry model, int outputTokens, string? provider, string? zoneOverride)
    {
        var profile = Providers.Find(provider) ?? Providers.Find(model.Provider) ?? Providers.Find(Providers.HuggingFace)!;
        var mix = ElectricityMixes.Find(zoneOverride) ?? ElectricityMixes.Find(profile.DefaultZone) ?? ElectricityMixes.Find(ElectricityMixes.World)!;
        var impacts = LlmInferenceCalculator.Compute(model.ActiveParamsB, model.TotalParamsB, outputTokens, profile.Pue, profile.OnsiteWue, mix);
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
