using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Sdk;
using GreenAI.Analyzers.Impact;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>GAI003: a model call made once per item of a collection (foreach, for over Count, Select, Parallel.ForEach, List.ForEach).</summary>
public sealed class CallPerItemAnalyzer : SdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.CallPerItem);

    internal override void Register(RuleActions actions) =>
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services));

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services)
    {
        var invocation = call.Invocation;
        var finding = Repetition.PerItem(invocation);
        if (finding == null)
        {
            return;
        }

        var estimate = CallEstimate.For(call, services.Options.For(OperationSymbols.TreeOf(invocation)));
        var properties = RepetitionProperties.Create(estimate, finding);
        if (finding.ItemCount is { } count)
        {
            properties.Add(RepetitionProperties.ItemCount, count.ToString(CultureInfo.InvariantCulture));
        }

        if (LoopInvariance.IsInvariant(invocation, finding.Scope))
        {
            properties.Add(RepetitionProperties.LoopInvariant, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.CallPerItem,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            CallDisplay.Of(invocation),
            finding.Collection,
            Cost(estimate, finding.ItemCount)));
    }

    /// <summary>"≈0.85–1.53 Wh per item × 12 items = ≈10.2–18.4 Wh (gpt-4o, …)", or per item only when the count is unknown.</summary>
    private static string Cost(CallEstimate? estimate, int? itemCount)
    {
        if (estimate == null)
        {
            return "no estimate per item (the model is not a constant here)";
        }

        if (itemCount is not { } count)
        {
            return estimate.PerRepetition("item");
        }

        var total = estimate.Estimate.EnergyWh * count;
        return EstimateText.Energy(estimate.Estimate) + " per item × " + count.ToString(CultureInfo.InvariantCulture) + " items = ≈"
            + EstimateText.Range(total) + " Wh (" + ModelDisplay.Name(estimate.Match) + ", " + EstimateText.Assumptions(estimate.Estimate) + ")";
    }
}
