namespace GreenAI.Impact;

/// <summary>Impacts of one LLM request as min–max ranges, in EcoLogits' units (kWh, kgCO2e, kgSbeq, MJ, L).</summary>
public sealed class LlmImpacts
{
    public LlmImpacts(LlmInferenceResult min, LlmInferenceResult max)
    {
        MinRun = min;
        MaxRun = max;
    }

    public LlmInferenceResult MinRun { get; }
    public LlmInferenceResult MaxRun { get; }

    public ValueRange EnergyKWh => new(MinRun.RequestEnergyKWh, MaxRun.RequestEnergyKWh);
    public ValueRange GwpKg => new(MinRun.GwpKg, MaxRun.GwpKg);
    public ValueRange GwpUsageKg => new(MinRun.UsageGwpKg, MaxRun.UsageGwpKg);
    public ValueRange GwpEmbodiedKg => new(MinRun.EmbodiedGwpKg, MaxRun.EmbodiedGwpKg);
    public ValueRange AdpeKgSb => new(MinRun.AdpeKgSb, MaxRun.AdpeKgSb);
    public ValueRange PeMJ => new(MinRun.PeMJ, MaxRun.PeMJ);
    public ValueRange WcfL => new(MinRun.UsageWcfL, MaxRun.UsageWcfL);
}
