namespace GreenAI.Impact;

/// <summary>Keys of Diagnostic.Properties that every diagnostic with an estimate carries (invariant culture).</summary>
public static class PropertyNames
{
    public const string Provider = "provider";
    public const string Model = "model";
    public const string OutputTokens = "output_tokens";
    public const string Zone = "zone";
    public const string EnergyWhMin = "energy_wh_min";
    public const string EnergyWhMax = "energy_wh_max";
    public const string GwpGMin = "gwp_g_min";
    public const string GwpGMax = "gwp_g_max";
    public const string WaterMlMin = "water_ml_min";
    public const string WaterMlMax = "water_ml_max";
    public const string Method = "method";

    public static readonly string[] Contract =
    {
        Provider, Model, OutputTokens, Zone, EnergyWhMin, EnergyWhMax, GwpGMin, GwpGMax, WaterMlMin, WaterMlMax, Method,
    };
}
