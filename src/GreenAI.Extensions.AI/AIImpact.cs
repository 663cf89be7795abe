using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The measured impact of one model request (a chat response, generated images, embeddings): energy, greenhouse gases
/// and water as min–max ranges, or why it is unknown. No number is made up: without a published method it stays unknown.
/// </summary>
public abstract class AIImpact
{
    private protected AIImpact(string? unknownReason, string? modelId, ImpactEstimate? estimate)
    {
        UnknownReason = unknownReason;
        ModelId = modelId;
        Estimate = estimate;
    }

    /// <summary>False when the request lacks what the method needs, or no method exists (<see cref="UnknownReason"/>).</summary>
    public bool IsKnown => Estimate != null;

    public string? UnknownReason { get; }

    /// <summary>The model id as the response (else the request, else the client) named it.</summary>
    public string? ModelId { get; }

    /// <summary>The estimate: the model it is for, provider, zone, method, and the ranges. Null when unknown.</summary>
    public ImpactEstimate? Estimate { get; }

    /// <summary>Energy of the request, Wh (PUE included).</summary>
    public ValueRange EnergyWh => Estimate?.EnergyWh ?? default;

    /// <summary>Global warming potential, gCO2e.</summary>
    public ValueRange GwpG => Estimate?.GwpG ?? default;

    /// <summary>Water consumption footprint, mL.</summary>
    public ValueRange WaterMl => Estimate?.WaterMl ?? default;

    /// <summary>The everyday equivalent of the GWP: how far a typical passenger car drives for it (<see cref="CarDistance"/>).</summary>
    public ValueRange CarMetres => Estimate == null ? default : CarDistance.MetresFor(Estimate.GwpG);

    /// <summary>What the numbers assume (model, amounts, zone, method), or the reason they are unknown.</summary>
    public abstract string Assumptions { get; }

    /// <summary>"≈0.0357–0.0454 Wh, 0.0163–0.0208 gCO2e (≈ 6.6–8.4 cm by car)": a line an application can show its users.</summary>
    public override string ToString() =>
        Estimate == null
            ? "impact unknown: " + UnknownReason
            : EstimateText.Energy(Estimate) + ", " + EstimateText.Range(Estimate.GwpG) + " gCO2e (≈ " + CarDistance.Text(CarMetres) + " by car)";
}
