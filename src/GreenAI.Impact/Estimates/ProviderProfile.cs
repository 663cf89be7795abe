namespace GreenAI.Impact;

/// <summary>A provider's data-centre defaults as EcoLogits applies them (tracers/utils.py, PROVIDER_CONFIG_MAP).</summary>
public sealed class ProviderProfile
{
    public ProviderProfile(string name, string displayName, string defaultZone, ValueRange pue, ValueRange onsiteWue)
    {
        Name = name;
        DisplayName = displayName;
        DefaultZone = defaultZone;
        Pue = pue;
        OnsiteWue = onsiteWue;
    }

    /// <summary>EcoLogits' provider key: openai, anthropic, google_genai, mistralai, cohere, huggingface_hub.</summary>
    public string Name { get; }

    public string DisplayName { get; }

    public string DefaultZone { get; }

    public ValueRange Pue { get; }

    /// <summary>On-site water usage effectiveness, L/kWh.</summary>
    public ValueRange OnsiteWue { get; }
}
