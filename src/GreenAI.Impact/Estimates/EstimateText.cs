using System;
using System.Globalization;

namespace GreenAI.Impact;

/// <summary>Short, culture-invariant wording of an estimate for diagnostic messages.</summary>
public static class EstimateText
{
    /// <summary>"≈0.85–1.53 Wh, 0.39–0.71 gCO2e, 3.7–6.6 mL water".</summary>
    /// <remarks>The texts are kept on the estimate: estimates are shared by every call of the same model.</remarks>
    public static string Amounts(ImpactEstimate estimate) =>
        estimate.Texts.Amounts ??= "≈" + Range(estimate.EnergyWh) + " Wh, " + Range(estimate.GwpG) + " gCO2e, " + Range(estimate.WaterMl) + " mL water";

    /// <summary>"≈0.85–1.53 Wh".</summary>
    public static string Energy(ImpactEstimate estimate) => estimate.Texts.Energy ??= "≈" + Range(estimate.EnergyWh) + " Wh";

    /// <summary>"400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da)".</summary>
    public static string Assumptions(ImpactEstimate estimate) =>
        estimate.Texts.Assumptions ??= Assumptions(estimate.OutputTokens, estimate.Zone, EcoLogitsConstants.MethodDisplayName);

    /// <summary>
    /// The one wording of what a chat estimate assumes, for the diagnostics, the middleware and the review tool:
    /// "400 output tokens, USA mix, EcoLogits 0.9.3 (5be90da)", with "1.24 s measured" before the mix when a latency was.
    /// </summary>
    public static string Assumptions(long outputTokens, string zone, string method, string? measured = null) =>
        outputTokens.ToString(CultureInfo.InvariantCulture) + " output tokens, " + (measured == null ? string.Empty : measured + ", ") + zone + " mix, " + method;

    public static string Range(ValueRange range)
    {
        var min = Number(range.Min);
        var max = Number(range.Max);
        return min == max ? min : min + "–" + max;
    }

    /// <summary>Three significant figures at most, never scientific notation for everyday sizes.</summary>
    public static string Number(double value)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        double magnitude = Math.Floor(Math.Log10(Math.Abs(value)));
        int decimals = (int)Math.Max(0, Math.Min(6, 2 - magnitude));
        return Math.Round(value, decimals).ToString("0." + new string('#', Math.Max(decimals, 1)), CultureInfo.InvariantCulture);
    }
}
