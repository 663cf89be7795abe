namespace GreenAI.Extensions.AI;

/// <summary>How <see cref="ImpactTrackingChatClient"/> computes the impact of each response.</summary>
public sealed class ImpactTrackingOptions
{
    /// <summary>
    /// The electricity zone of the data centre that serves the model: an ISO 3166 alpha-3 code of the EcoLogits mixes
    /// (<c>FRA</c>, <c>USA</c>, <c>SWE</c>…) or <c>WOR</c>. Null: the provider's default zone, as EcoLogits does.
    /// </summary>
    public string? ElectricityZone { get; set; }

    /// <summary>
    /// The EcoLogits provider whose data-centre figures (PUE, WUE, zone) apply: <c>openai</c>, <c>anthropic</c>,
    /// <c>google_genai</c>, <c>mistralai</c>, <c>cohere</c>, <c>huggingface_hub</c>. Null: from the client's metadata
    /// where it names one, else the provider the model catalogue gives for the model.
    /// </summary>
    public string? Provider { get; set; }

    /// <summary>
    /// Whether the measured request latency caps the estimated generation time, as EcoLogits does at run time (default).
    /// False: latency unknown, the upper bound the analyzers use before the code runs.
    /// </summary>
    public bool UseMeasuredLatency { get; set; } = true;

    /// <summary>Refuses a zone or provider the method has no figures for, with the ones it has.</summary>
    internal void Validate()
    {
        if (ElectricityZone != null && GreenAI.Impact.ElectricityMixes.Find(ElectricityZone) == null)
        {
            var zones = string.Join(", ", GreenAI.Impact.ElectricityMixes.All.Keys.OrderBy(zone => zone, StringComparer.Ordinal));
            throw new ArgumentException($"ElectricityZone '{ElectricityZone}' is not a zone of the EcoLogits electricity mixes; use an ISO 3166 alpha-3 code or WOR: {zones}", nameof(ElectricityZone));
        }

        if (Provider != null && GreenAI.Impact.Providers.Find(Provider) == null)
        {
            var providers = string.Join(", ", GreenAI.Impact.Providers.All.Select(profile => profile.Name));
            throw new ArgumentException($"Provider '{Provider}' is not an EcoLogits provider; use one of: {providers}", nameof(Provider));
        }
    }
}
