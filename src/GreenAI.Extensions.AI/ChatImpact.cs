using System.Globalization;
using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The measured impact of one chat response: energy, greenhouse gases and water as min–max ranges (EcoLogits
/// at run time: the model that answered, the output tokens it wrote and the request's latency), or why it is unknown.
/// </summary>
public sealed class ChatImpact
{
    private ChatImpact(string? unknownReason, string? modelId, ImpactEstimate? estimate, long outputTokens, TimeSpan? latency)
    {
        UnknownReason = unknownReason;
        ModelId = modelId;
        Estimate = estimate;
        OutputTokens = outputTokens;
        Latency = latency;
    }

    /// <summary>False when the response lacks what the method needs (its reason is <see cref="UnknownReason"/>): no number is made up.</summary>
    public bool IsKnown => Estimate != null;

    public string? UnknownReason { get; }

    /// <summary>The model id as the response (else the request, else the client) named it.</summary>
    public string? ModelId { get; }

    /// <summary>The estimate: the catalogue model it is for, provider, zone, and the ranges. Null when unknown.</summary>
    public ImpactEstimate? Estimate { get; }

    public long OutputTokens { get; }

    /// <summary>The measured request latency, when it capped the generation time.</summary>
    public TimeSpan? Latency { get; }

    /// <summary>Energy of the request, Wh (PUE included).</summary>
    public ValueRange EnergyWh => Estimate?.EnergyWh ?? default;

    /// <summary>Global warming potential, gCO2e (usage and embodied).</summary>
    public ValueRange GwpG => Estimate?.GwpG ?? default;

    /// <summary>Water consumption footprint, mL.</summary>
    public ValueRange WaterMl => Estimate?.WaterMl ?? default;

    /// <summary>The everyday equivalent of the GWP: how far a typical passenger car drives for it (<see cref="CarDistance"/>).</summary>
    public ValueRange CarMetres => Estimate == null ? default : CarDistance.MetresFor(Estimate.GwpG);

    /// <summary>"gpt-4o-mini-2024-07-18, 312 output tokens, 1.24 s measured, USA mix, EcoLogits 0.9.3 (5be90da)": what the numbers assume.</summary>
    public string Assumptions =>
        Estimate == null
            ? UnknownReason ?? ""
            : Estimate.Model + ", " + OutputTokens.ToString(CultureInfo.InvariantCulture) + " output tokens, "
                + (Latency is { } latency ? EstimateText.Number(latency.TotalSeconds) + " s measured" : "latency unknown") + ", "
                + Estimate.Zone + " mix, " + EcoLogitsConstants.MethodDisplayName;

    internal static ChatImpact Unknown(string reason, string? modelId, long outputTokens = 0) => new(reason, modelId, null, outputTokens, null);

    internal static ChatImpact Known(string modelId, ImpactEstimate estimate, long outputTokens, TimeSpan? latency) => new(null, modelId, estimate, outputTokens, latency);

    /// <summary>"≈0.0357–0.0454 Wh, 0.0163–0.0208 gCO2e (≈ 6.6–8.4 cm by car)": a line an application can show its users.</summary>
    public override string ToString() =>
        Estimate == null
            ? "impact unknown: " + UnknownReason
            : EstimateText.Energy(Estimate) + ", " + EstimateText.Range(Estimate.GwpG) + " gCO2e (≈ " + CarDistance.Text(CarMetres) + " by car)";
}
