using System.Collections.Immutable;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Options;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>GAI010: the estimated energy, carbon and water of every model call whose model resolves to a constant.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EstimatedImpactAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.EstimatedImpact);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var sdk = SdkSymbols.Create(start.Compilation);
            if (sdk == null)
            {
                return; // No AI SDK referenced: nothing to do, nothing registered.
            }

            var reader = new ModelCallReader(sdk);
            var options = new OptionsCache(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationAction(c => Analyze(c, reader, options), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ModelCallReader reader, OptionsCache optionsCache)
    {
        var call = reader.Read((IInvocationOperation)context.Operation, context.CancellationToken);
        if (call?.Model.Kind != ModelIdValueKind.Constant)
        {
            return;
        }

        var match = ModelIdResolver.Resolve(call.Model.Id);
        if (match == null)
        {
            return; // Unknown model: no estimate, never a guess.
        }

        var options = optionsCache.For(context.Operation.Syntax.SyntaxTree);
        var estimate = LlmEstimator.Estimate(match.Entry, call.OutputCap ?? options.DefaultOutputTokens, call.Provider, options.ElectricityZone);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.EstimatedImpact,
            CallLocation.Of(call.Invocation),
            estimate.ToProperties(),
            ModelDisplay.Describe(match, estimate),
            EstimateText.Amounts(estimate),
            EstimateText.Assumptions(estimate)));
    }
}
