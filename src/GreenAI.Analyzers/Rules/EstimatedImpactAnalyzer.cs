using System.Collections.Immutable;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>GAI010: the estimated energy, carbon and water of every model call whose model resolves to a constant.</summary>
public sealed class EstimatedImpactAnalyzer : SdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.EstimatedImpact);

    internal override void Register(RuleActions actions) =>
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services));

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services)
    {
        var estimate = CallEstimate.For(call, services.Options.For(OperationSymbols.TreeOf(context.Operation)));
        if (estimate == null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.EstimatedImpact,
            CallLocation.Of(call.Invocation),
            estimate.Estimate.ToProperties(),
            ModelDisplay.Describe(estimate.Match, estimate.Estimate),
            EstimateText.Amounts(estimate.Estimate),
            EstimateText.Assumptions(estimate.Estimate)));
    }
}
