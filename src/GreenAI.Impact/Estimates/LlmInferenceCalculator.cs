using System;
using static GreenAI.Impact.EcoLogitsConstants;

namespace GreenAI.Impact;

/// <summary>
/// The EcoLogits LLM inference method (impacts/llm.py, v0.9.3), written anew in C#. Each step is one formula of
/// docs/methodology.md; ranges run the whole graph twice, min inputs with min, max with max.
/// </summary>
public static class LlmInferenceCalculator
{
    /// <summary>Impacts of a request as ranges: parameters in billions, PUE/WUE from the provider.</summary>
    public static LlmImpacts Compute(
        ValueRange activeParamsB,
        ValueRange totalParamsB,
        double outputTokens,
        ValueRange pue,
        ValueRange onsiteWue,
        ElectricityMix mix,
        double? requestLatencySeconds = null,
        Models.Deployment? deployment = null)
    {
        var min = Run(activeParamsB.Min, totalParamsB.Min, outputTokens, pue.Min, onsiteWue.Min, mix, requestLatencySeconds, deployment?.TokensPerSecond, deployment?.TimeToFirstTokenSeconds);
        var max = Run(activeParamsB.Max, totalParamsB.Max, outputTokens, pue.Max, onsiteWue.Max, mix, requestLatencySeconds, deployment?.TokensPerSecond, deployment?.TimeToFirstTokenSeconds);
        return new LlmImpacts(min, max);
    }

    /// <summary>
    /// One pass of the graph with point values. Latency null means unknown (+∞), as in a static analysis. The model's
    /// deployment, when known: tokens per second replace the latency regression, and the time to first token is added.
    /// </summary>
    public static LlmInferenceResult Run(
        double activeParamsB,
        double totalParamsB,
        double outputTokens,
        double pue,
        double onsiteWue,
        ElectricityMix mix,
        double? requestLatencySeconds = null,
        double? tokensPerSecond = null,
        double? timeToFirstTokenSeconds = null)
    {
        var r = new LlmInferenceResult();

        double energyPerTokenWh = GpuEnergyAlpha * Math.Exp(GpuEnergyBeta * BatchSize) * activeParamsB + GpuEnergyGamma;
        r.GpuEnergyKWh = outputTokens * energyPerTokenWh / 1000;

        double latencyPerToken = tokensPerSecond is double tps && tps > 0
            ? 1 / tps
            : LatencyAlpha * activeParamsB + LatencyBeta * BatchSize + LatencyGamma;
        double generation = outputTokens * latencyPerToken + (timeToFirstTokenSeconds ?? 0);
        r.GenerationLatencySeconds = Math.Min(generation, requestLatencySeconds ?? double.PositiveInfinity);

        r.ModelRequiredMemoryGB = MemoryOverhead * totalParamsB * QuantizationBits / 8;
        r.GpuRequiredCount = GpusFor(r.ModelRequiredMemoryGB);

        // Server energy without the GPUs, its share for this request within the batch.
        r.ServerEnergyKWh = r.GenerationLatencySeconds / 3600 * ServerPowerKW * (r.GpuRequiredCount / ServerGpus) / BatchSize;
        r.RequestEnergyKWh = pue * (r.ServerEnergyKWh + r.GpuRequiredCount * r.GpuEnergyKWh);

        r.UsageGwpKg = r.RequestEnergyKWh * mix.GwpKgPerKWh;
        r.UsageAdpeKgSb = r.RequestEnergyKWh * mix.AdpeKgSbPerKWh;
        r.UsagePeMJ = r.RequestEnergyKWh * mix.PeMJPerKWh;
        r.UsageWcfL = mix.UsageWater(r.RequestEnergyKWh, pue, onsiteWue);

        double serverShare = r.GpuRequiredCount / ServerGpus;
        r.ServerGpuEmbodiedGwpKg = serverShare * ServerEmbodiedGwpKg + r.GpuRequiredCount * GpuEmbodiedGwpKg;
        r.ServerGpuEmbodiedAdpeKgSb = serverShare * ServerEmbodiedAdpeKgSb + r.GpuRequiredCount * GpuEmbodiedAdpeKgSb;
        r.ServerGpuEmbodiedPeMJ = serverShare * ServerEmbodiedPeMJ + r.GpuRequiredCount * GpuEmbodiedPeMJ;

        double lifetimeShare = r.GenerationLatencySeconds / (HardwareLifespanSeconds * BatchSize);
        r.EmbodiedGwpKg = lifetimeShare * r.ServerGpuEmbodiedGwpKg;
        r.EmbodiedAdpeKgSb = lifetimeShare * r.ServerGpuEmbodiedAdpeKgSb;
        r.EmbodiedPeMJ = lifetimeShare * r.ServerGpuEmbodiedPeMJ;
        return r;
    }

    /// <summary>GPUs needed to hold the model, rounded up to a power of two.</summary>
    public static int GpusFor(double memoryGB)
    {
        // 2^ceil(log2(ceil(M / 80))), in integers so that exact powers of two do not round up.
        double cards = Math.Ceiling(memoryGB / GpuMemoryGB);
        int gpus = 1;
        while (gpus < cards && gpus < (1 << 20))
        {
            gpus <<= 1;
        }

        return gpus;
    }
}
