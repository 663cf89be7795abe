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

    /// <summary>
    /// The meter's name (default <see cref="ImpactRecorder.MeterName"/>). The meter comes from the host's
    /// <c>IMeterFactory</c> when the pipeline's services have one, as Microsoft.Extensions.AI's own telemetry does.
    /// </summary>
    public string SourceName { get; set; } = ImpactRecorder.MeterName;

    private readonly Dictionary<string, GreenAI.Impact.Models.ModelEntry> _declared = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Declares a model the EcoLogits repository lacks (<c>o3</c>, a fine-tune, <c>llama3.2</c>) by its parameter counts
    /// in billions, as the analyzers' <c>green_ai.model.&lt;id&gt;.active_params</c> does: responses of that model id get
    /// an estimate instead of "unknown". A declared id wins over the repository's reading of it.
    /// </summary>
    /// <param name="totalBillions">For a mixture of experts: all parameters (default: the active ones, a dense model).</param>
    public ImpactTrackingOptions DeclareModel(string modelId, double activeBillions, double? totalBillions = null)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            throw new ArgumentException("A model id is needed.", nameof(modelId));
        }

        if (!(activeBillions > 0) || double.IsInfinity(activeBillions) || totalBillions is { } t && (!(t >= activeBillions) || double.IsInfinity(t)))
        {
            throw new ArgumentOutOfRangeException(nameof(activeBillions), "Active parameters must be a positive number of billions, and total parameters at least as many.");
        }

        double total = totalBillions ?? activeBillions;
        _declared[modelId.Trim()] = new GreenAI.Impact.Models.ModelEntry(
            GreenAI.Impact.Providers.HuggingFace, modelId.Trim(), total > activeBillions ? "moe" : "dense",
            GreenAI.Impact.ValueRange.Point(total), GreenAI.Impact.ValueRange.Point(activeBillions), new[] { "declared-at-run-time" });
        return this;
    }

    internal GreenAI.Impact.Models.ModelMatch? Declared(string modelId) =>
        _declared.TryGetValue(modelId.Trim(), out var entry) ? new GreenAI.Impact.Models.ModelMatch(modelId, entry, GreenAI.Impact.Models.ModelMatchKind.Exact) : null;

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
