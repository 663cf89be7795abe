using System;
using System.Collections.Immutable;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI002: a model call (any modality, including polling a generation job) in a loop that nothing bounds —
/// <c>while (true)</c>, a condition on model output only, recursion without a depth limit.
/// </summary>
public sealed class UnboundedLoopAnalyzer : SdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.UnboundedLoop);

    internal override void Register(RuleActions actions)
    {
        var sdk = actions.Services.Sdk;
        Func<IInvocationOperation, bool> isModelCall = i => sdk.FindModelCall(i.TargetMethod) != null; // made once, not per call
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services, isModelCall));
    }

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services, Func<IInvocationOperation, bool> isModelCall)
    {
        var invocation = call.Invocation;
        var finding = Repetition.Unbounded(invocation, context.ContainingSymbol, isModelCall);
        if (finding == null)
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(invocation));
        var estimate = CallEstimate.For(call, options);
        var properties = RepetitionProperties.Create(estimate, finding);
        properties.Add(RepetitionProperties.MaxIterations, options.MaxLoopIterationsText);
        if (call.Definition.Modality == Modality.JobStatus)
        {
            properties.Add(RepetitionProperties.Polling, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnboundedLoop,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            CallDisplay.Of(invocation),
            finding.Reason,
            estimate?.PerRepetition("iteration") ?? "no estimate per iteration (the model is not a constant here)"));
    }
}
