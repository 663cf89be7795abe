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
        var call = services.ReadCall((IInvocationOperation)context.Operation, context.CancellationToken);
        var estimate = call == null ? null : CallEstimate.For(call, services.Options.For(context.Operation.Syntax.SyntaxTree));
        if (call == null || estimate == null)
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
