using System.Collections.Generic;
using System.Globalization;
using GreenAI.Impact;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Reporting;

/// <summary>
/// The estimate per iteration (or per item) of several model calls made together — a loop's, or a model-calling method's:
/// the sum of those whose model is a constant.
/// </summary>
internal static class LoopEstimateText
{
    public static string PerIteration(CallEstimate? first, List<(IInvocationOperation Call, CallEstimate? Estimate)> others) =>
        Per(first, others, RepetitionUnit.Iteration);

    public static string Per(CallEstimate? first, List<(IInvocationOperation Call, CallEstimate? Estimate)> others, RepetitionUnit unit)
    {
        var known = new List<CallEstimate>();
        if (first != null)
        {
            known.Add(first);
        }

        foreach (var (_, estimate) in others)
        {
            if (estimate != null)
            {
                known.Add(estimate);
            }
        }

        if (known.Count == 0)
        {
            return CallEstimate.PerRepetition(null, unit);
        }

        var sum = ValueRange.Point(0);
        var models = new List<string>();
        foreach (var estimate in known)
        {
            sum = new ValueRange(sum.Min + estimate.Estimate.EnergyWh.Min, sum.Max + estimate.Estimate.EnergyWh.Max);
            var name = ModelDisplay.Name(estimate.Match);
            if (!models.Contains(name))
            {
                models.Add(name);
            }
        }

        int total = others.Count + 1;
        string scope = known.Count == total
            ? string.Empty
            : " for the " + known.Count.ToString(CultureInfo.InvariantCulture) + " of " + total.ToString(CultureInfo.InvariantCulture) + " calls whose model is a constant";
        return "≈" + EstimateText.Range(sum) + (unit == RepetitionUnit.Iteration ? " Wh per iteration" : " Wh per item") + scope + " (" + string.Join(", ", models) + ", " + EstimateText.Assumptions(known[0].Estimate) + ")";
    }
}
