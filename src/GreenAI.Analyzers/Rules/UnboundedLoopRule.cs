using System;
using System.Collections.Immutable;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Engine;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI002: a model call (any modality, including polling a generation job) in a loop that nothing bounds —
/// <c>while (true)</c>, a condition on model output only, recursion without a depth limit.
/// </summary>
internal sealed class UnboundedLoopRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.UnboundedLoop,
        title: "Model call in a loop that nothing bounds",
        messageFormat: "{0} is called in a loop that nothing bounds: {1}; {2}",
        DiagnosticIds.Categories.Repetition,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model call (chat, agent run, image, video, embedding, or polling a generation job) repeats until the model's output or a job's status says stop, with no iteration limit: agent and polling loops can run, and bill energy, without end. Cap the iterations.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnboundedLoop));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
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
        var estimate = services.EstimateOf(call, options);
        var properties = RepetitionProperties.Create(estimate, finding, services);
        properties.Add(RepetitionProperties.MaxIterations, options.MaxLoopIterationsText);
        if (call.Definition.Modality == Modality.JobStatus)
        {
            properties.Add(RepetitionProperties.Polling, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            CallDisplay.Of(invocation),
            finding.Reason,
            CallEstimate.PerRepetition(estimate, RepetitionUnit.Iteration)));
    }
}
