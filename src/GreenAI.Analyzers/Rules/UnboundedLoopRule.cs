using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.EditorConfig;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Media;
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
        messageFormat: "{0} in a loop that nothing bounds: {1}; {2}",
        DiagnosticIds.Categories.Repetition,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model call (chat, agent run, image, video, embedding, or polling a generation job) repeats until the model's output or a job's status says stop, with no iteration limit: agent and polling loops can run, and bill energy, without end. Cap the iterations.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnboundedLoop));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        var services = actions.Services;
        // A model call, a raw-HTTP poll of a generation job (whose answer is the job's status), or a call of the user's
        // own model-calling method: made once, not per call.
        Func<IInvocationOperation, bool> isModelCall = services.RunsModel;
        actions.OnModelCall((c, call) => Analyze(c, call.Invocation, call, services, isModelCall));
        actions.OnInvocation((c, invocation, definition) =>
        {
            AnalyzeAgentRunner(c, invocation, services);
            if (definition != null)
            {
                return;
            }

            if (VideoRequestReader.IsHttpJobPoll(invocation, c.CancellationToken))
            {
                Analyze(c, invocation, null, services, isModelCall);
            }
            else if (services.ModelCallingMethods.MayRunModel(invocation.TargetMethod))
            {
                AnalyzeWrapper(c, invocation, services, isModelCall);
            }
        });
    }

    /// <summary><c>client.Beta.Messages.ToolRunner(request, tools)</c>: the SDK's own tool loop, with no maxIterations.</summary>
    private static void AnalyzeAgentRunner(OperationAnalysisContext context, IInvocationOperation invocation, AnalysisServices services)
    {
        if (services.Sdk.UncappedAgentRunner(invocation) is not var (runner, repeated))
        {
            return;
        }

        var finding = new LoopFinding(invocation, LoopShape.AgentRunner, $"it calls the model again after every tool call until the model stops asking, and `{runner.CapParameter}` is not set");
        var options = services.Options.For(OperationSymbols.TreeOf(invocation));
        var estimate = services.EstimateOf(services.Calls.Read(invocation, repeated, context.CancellationToken), options);
        var properties = RepetitionProperties.Create(estimate, finding, services);
        properties.Add(RepetitionProperties.MaxIterations, options.MaxLoopIterationsText);
        properties.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            CallDisplay.Of(invocation) + " runs the model",
            finding.Reason,
            CallEstimate.PerRepetition(estimate, RepetitionUnit.Iteration)));
    }

    /// <param name="call">The SDK model call, or null for a raw-HTTP poll of a generation job.</param>
    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, ModelCall? call, AnalysisServices services, Func<IInvocationOperation, bool> isModelCall)
    {
        bool polls = call == null || call.Definition.Modality == Modality.JobStatus;
        var finding = Repetition.Unbounded(invocation, context.ContainingSymbol, isModelCall)
            ?? (polls ? PollingDeadline.PolledUntilCancelled(invocation) : null);
        if (finding == null)
        {
            return;
        }

        // One diagnostic per loop, on its first model call, naming every call the loop repeats.
        var repeated = RepeatedCalls.In(finding, context.ContainingSymbol, isModelCall);
        if (repeated.Length > 1 && repeated[0] != invocation)
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(invocation));
        var estimate = call == null ? null : services.EstimateOf(call, options);
        var properties = RepetitionProperties.Create(estimate, finding, services);
        properties.Add(RepetitionProperties.MaxIterations, options.MaxLoopIterationsText);
        properties.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)));
        if (polls)
        {
            properties.Add(RepetitionProperties.Polling, "true");
        }

        var others = Others(repeated, invocation, options, services, context.CancellationToken);
        if (others.Count > 0)
        {
            properties.Add(RepetitionProperties.CallsPerIteration, (others.Count + 1).ToString(CultureInfo.InvariantCulture));
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            CallsText(invocation, others),
            finding.Reason,
            others.Count == 0 ? CallEstimate.PerRepetition(estimate, RepetitionUnit.Iteration) : LoopEstimateText.PerIteration(estimate, others)));
    }

    /// <summary>
    /// A call of the user's own model-calling method in a loop that nothing bounds, with the chain to the model; for a
    /// method that only polls a job, also a loop bounded by a cancellation token alone, as for a poll written in the loop.
    /// </summary>
    private static void AnalyzeWrapper(OperationAnalysisContext context, IInvocationOperation invocation, AnalysisServices services, Func<IInvocationOperation, bool> isModelCall)
    {
        // The loop first (cheap, and most calls are in none), the method's summary only for a call in one.
        var unbounded = Repetition.Unbounded(invocation, context.ContainingSymbol, isModelCall);
        var polled = unbounded == null ? PollingDeadline.PolledUntilCancelled(invocation) : null;
        if ((unbounded == null && polled == null)
            || services.ModelCallingMethods.OfCall(invocation, context.CancellationToken) is not { } summary
            || (unbounded ?? (summary.PollsOnly ? polled : null)) is not { } finding)
        {
            return;
        }

        // One diagnostic per loop, on its first model call (SDK or wrapper); that one names the SDK calls beside it.
        var repeated = RepeatedCalls.In(finding, context.ContainingSymbol, isModelCall);
        if (repeated.Length > 1 && repeated[0] != invocation)
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(invocation));
        var (first, others) = WrapperCallText.Estimates(summary, services);
        var properties = RepetitionProperties.ForWrapper(first, others.Count + 1, finding, services, services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)), WrapperCallText.Display(invocation, summary));
        properties.Add(RepetitionProperties.MaxIterations, options.MaxLoopIterationsText);
        if (summary.PollsOnly)
        {
            properties.Add(RepetitionProperties.Polling, "true");
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            WrapperCallText.Display(invocation, summary) + " is called",
            finding.Reason,
            WrapperCallText.Cost(first, others, RepetitionUnit.Iteration)));
    }

    /// <summary>The loop's other model calls, with their estimates (null where the model is not a constant).</summary>
    private static List<(IInvocationOperation Call, CallEstimate? Estimate)> Others(
        ImmutableArray<IInvocationOperation> repeated, IInvocationOperation first, GreenAIOptions options, AnalysisServices services, CancellationToken cancellationToken)
    {
        var others = new List<(IInvocationOperation, CallEstimate?)>();
        foreach (var other in repeated)
        {
            if (other != first && services.Sdk.FindModelCall(other.TargetMethod) is { } definition)
            {
                others.Add((other, services.EstimateOf(services.Calls.Read(other, definition, cancellationToken), options)));
            }
        }

        return others;
    }

    /// <summary>"ChatClient.CompleteChat is called", "AssistantClient.GetRun and AssistantClient.SubmitToolOutputsToRun are called".</summary>
    private static string CallsText(IInvocationOperation first, List<(IInvocationOperation Call, CallEstimate? Estimate)> others)
    {
        if (others.Count == 0)
        {
            return CallDisplay.Of(first) + " is called";
        }

        var names = new List<string> { CallDisplay.Of(first) };
        foreach (var (call, _) in others)
        {
            var name = CallDisplay.Of(call);
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names.Count == 1
            ? names[0] + " is called " + (others.Count + 1).ToString(CultureInfo.InvariantCulture) + " times per iteration"
            : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1] + " are called";
    }
}
