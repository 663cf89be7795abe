using System.Collections.Immutable;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>GAI010: the estimated energy, carbon and water of every model call whose model resolves to a constant.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EstimatedImpactAnalyzer : SdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.EstimatedImpact);

    internal override void Register(CompilationStartAnalysisContext start, AnalysisServices services) =>
        start.RegisterOperationAction(c => Analyze(c, services), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, AnalysisServices services)
    {
        var call = services.Calls.Read((IInvocationOperation)context.Operation, context.CancellationToken);
        if (call?.Model.Kind != ModelIdValueKind.Constant)
        {
            return;
        }

        // When the code chooses between models (a ternary, several config files), estimate the largest.
        var options = services.Options.For(context.Operation.Syntax.SyntaxTree);
        var model = ModelSize.Largest(ResolvedModel.ResolveAll(call.Model, options));
        if (model?.Match == null)
        {
            return; // Unknown model: no estimate, never a guess.
        }

        var estimate = LlmEstimator.Estimate(model.Match.Entry, call.OutputCap ?? options.DefaultOutputTokens, call.Provider, options.ElectricityZone);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.EstimatedImpact,
            CallLocation.Of(call.Invocation),
            estimate.ToProperties(),
            ModelDisplay.Describe(model.Match, estimate),
            EstimateText.Amounts(estimate),
            EstimateText.Assumptions(estimate)));
    }
}
