using GreenAI.Impact.Models;

namespace GreenAI.Impact;

/// <summary>
/// Constants of EcoLogits' ecologits/impacts/llm.py (the same from v0.9.1 to v0.9.3, commit 5be90da). Facts, not code:
/// see rules.md § How the numbers are computed and docs/methodology.md for where each one comes from. The version and commit every estimate
/// names come from the embedded catalogue, which the update script writes from the same commit.
/// </summary>
public static class EcoLogitsConstants
{
    /// <summary>"ecologits-0.9.3+5be90da": the method property of every estimate.</summary>
    public static string Method { get; } = "ecologits-" + ModelCatalog.Default.Source.Version + "+" + ModelCatalog.Default.Source.ShortCommit;

    /// <summary>"EcoLogits 0.9.3 (5be90da)": how messages name the method.</summary>
    public static string MethodDisplayName { get; } = DisplayNameOf(Method);

    /// <summary>
    /// How a method property reads in a sentence: "ecologits-0.9.3+5be90da" → "EcoLogits 0.9.3 (5be90da)", also for the
    /// versions of older logs; any other method (an image or video proxy) as it is.
    /// </summary>
    public static string DisplayNameOf(string method)
    {
        const string prefix = "ecologits-";
        int plus = method.IndexOf('+');
        return method.StartsWith(prefix, System.StringComparison.Ordinal) && plus > prefix.Length && plus < method.Length - 1
            ? "EcoLogits " + method.Substring(prefix.Length, plus - prefix.Length) + " (" + method.Substring(plus + 1) + ")"
            : method;
    }

    // GPU energy per output token, per GPU (Wh): alpha * exp(beta * B) * P_active + gamma. Fit on ML.ENERGY (H100).
    public const double GpuEnergyAlpha = 1.1665273170451914e-06;
    public const double GpuEnergyBeta = -0.011205921025579175;
    public const double GpuEnergyGamma = 4.052928146734005e-05;

    // Generation latency per output token (s): alpha * P_active + beta * B + gamma.
    public const double LatencyAlpha = 0.0006785088094353663;
    public const double LatencyBeta = 0.0003119310311688259;
    public const double LatencyGamma = 0.019473717579473387;

    public const double BatchSize = 64;
    public const double QuantizationBits = 16;
    public const double MemoryOverhead = 1.2;
    public const double GpuMemoryGB = 80;
    public const double ServerGpus = 8;

    /// <summary>Power of the server without its GPUs, kW (AWS p5.48xlarge, BoaviztAPI).</summary>
    public const double ServerPowerKW = 1.2;

    public const double GpuEmbodiedGwpKg = 164;
    public const double GpuEmbodiedAdpeKgSb = 5.1e-3;
    public const double GpuEmbodiedPeMJ = 1828;
    public const double ServerEmbodiedGwpKg = 5700;
    public const double ServerEmbodiedAdpeKgSb = 0.37;
    public const double ServerEmbodiedPeMJ = 70000;

    /// <summary>Hardware lifespan: 3 years, in seconds.</summary>
    public const double HardwareLifespanSeconds = 3 * 365 * 24 * 60 * 60;
}
