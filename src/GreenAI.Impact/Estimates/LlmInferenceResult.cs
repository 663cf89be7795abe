namespace GreenAI.Impact;

/// <summary>
/// The outputs of one run of the EcoLogits LLM inference graph, in EcoLogits' units:
/// energy kWh, GWP kgCO2e, ADPe kgSbeq, PE MJ, water (WCF, usage only) L.
/// </summary>
public sealed class LlmInferenceResult
{
    public double GpuEnergyKWh { get; internal set; }
    public double GenerationLatencySeconds { get; internal set; }
    public double ModelRequiredMemoryGB { get; internal set; }
    public int GpuRequiredCount { get; internal set; }
    public double ServerEnergyKWh { get; internal set; }
    public double RequestEnergyKWh { get; internal set; }
    public double UsageGwpKg { get; internal set; }
    public double UsageAdpeKgSb { get; internal set; }
    public double UsagePeMJ { get; internal set; }
    public double UsageWcfL { get; internal set; }
    public double ServerGpuEmbodiedGwpKg { get; internal set; }
    public double ServerGpuEmbodiedAdpeKgSb { get; internal set; }
    public double ServerGpuEmbodiedPeMJ { get; internal set; }
    public double EmbodiedGwpKg { get; internal set; }
    public double EmbodiedAdpeKgSb { get; internal set; }
    public double EmbodiedPeMJ { get; internal set; }

    public double GwpKg => UsageGwpKg + EmbodiedGwpKg;
    public double AdpeKgSb => UsageAdpeKgSb + EmbodiedAdpeKgSb;
    public double PeMJ => UsagePeMJ + EmbodiedPeMJ;
}
