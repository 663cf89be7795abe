namespace GreenAI.Impact;

/// <summary>
/// Keys of Diagnostic.Properties (invariant culture): the ones every diagnostic with an estimate carries, and the site
/// key. The analyzers write them and the review tool reads them (rules.md § Diagnostic properties).
/// </summary>
public static class PropertyNames
{
    /// <summary>"Namespace.Type.Member|what": where a diagnostic about a call, a model choice or a reasoning setting is.</summary>
    public const string Site = "site";

    /// <summary>The <c>what</c> of a site on a model choice (GAI001) instead of a call.</summary>
    public const string SiteOfModelChoice = "model";

    /// <summary>The <c>what</c> of a site on a reasoning setting (GAI008).</summary>
    public const string SiteOfReasoningSetting = "reasoning";

    /// <summary>
    /// On GAI010: where the call's model id is written, <c>line:column:path</c> (1-based, the path as the compiler has
    /// it). A GAI001 reported at that place is the model choice that feeds the call: the review tool shows both as one change.
    /// </summary>
    public const string ModelAt = "model_at";

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

    /// <summary>GAI004: the duration, resolution and number of videos estimated; GAI005 the size and number of images.</summary>
    public const string Seconds = "seconds";
    public const string Width = "width";
    public const string Height = "height";
    public const string Videos = "videos";
    public const string Images = "images";

    public static readonly string[] Contract =
    {
        Provider, Model, OutputTokens, Zone, EnergyWhMin, EnergyWhMax, GwpGMin, GwpGMax, WaterMlMin, WaterMlMax, Method,
    };
}
