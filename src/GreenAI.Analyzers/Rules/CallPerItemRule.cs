using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>GAI003: a model call made once per item of a collection (foreach, for over Count, Select, Parallel.ForEach, List.ForEach).</summary>
internal sealed class CallPerItemRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.CallPerItem,
        title: "One model call per item",
        messageFormat: "{0} runs once per item of {1}: {2}",
        DiagnosticIds.Categories.Repetition,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A model call inside a loop over a collection (foreach, for over Count, Select, Parallel.ForEach, List.ForEach) multiplies its cost by the number of items. Batch embeddings, or move a loop-invariant request out of the loop.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.CallPerItem));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services));
        actions.OnInvocation((c, invocation, definition) =>
        {
            if (definition == null && actions.Services.ModelCallingMethods.MayRunModel(invocation.TargetMethod))
            {
                AnalyzeWrapper(c, invocation, actions.Services);
            }

            AnalyzeMethodGroups(c, invocation, actions.Services);
        });
        PerItemThroughPorts.Register(actions, Descriptor);
    }

    /// <summary>
    /// <c>Parallel.ForEachAsync(items, ProcessAsync)</c>, <c>MapParallel(items, SummarizeAsync)</c>: a model-calling method
    /// handed as a method group to a per-item iterator or to the app's own per-item helper, reported on the method group.
    /// </summary>
    private static void AnalyzeMethodGroups(OperationAnalysisContext context, IInvocationOperation invocation, AnalysisServices services)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Value is not IDelegateCreationOperation { Target: IMethodReferenceOperation reference }
                || !services.ModelCallingMethods.MayRunModel(reference.Method)
                || Repetition.PerItemArgument(invocation, argument, context.CancellationToken) is not { } finding
                || services.ModelCallingMethods.OfMethod(reference.Method, invocation, context.CancellationToken) is not { PollsOnly: false } summary)
            {
                continue;
            }

            var name = reference.Method.ContainingType.Name + "." + reference.Method.Name;
            var (first, others) = WrapperCallText.Estimates(summary, services);
            var properties = RepetitionProperties.ForWrapper(first, others.Count + 1, finding, services, services.SiteOf(context.ContainingSymbol, name), name + summary.ChainText);

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptor,
                reference.Syntax.GetLocation(),
                properties.Locations,
                properties.ToImmutable(),
                name + summary.ChainText,
                finding.Collection,
                WrapperCallText.Cost(first, others, RepetitionUnit.Item)));
        }
    }

    /// <summary>A call of the user's own model-calling method per item: reported there, with the chain to the model.</summary>
    private static void AnalyzeWrapper(OperationAnalysisContext context, IInvocationOperation invocation, AnalysisServices services)
    {
        var finding = Repetition.PerItem(invocation);
        // A method that only reads a job's status runs no model per item.
        if (finding == null || services.ModelCallingMethods.OfCall(invocation, context.CancellationToken) is not { PollsOnly: false } summary)
        {
            return;
        }

        // `foreach (var step in steps) await step.ExecuteAsync()` where one step of several generates: the elements are
        // implementations, and most of them call no model. A worker started per item repeats workers, not model calls:
        // its own queue loop repeats those, and is reported there.
        if ((summary.FewImplementationsCallAModel && PerItemReceiver.IsTheItem(invocation)) || summary.RunsUntilStopped)
        {
            return;
        }

        var (first, others) = WrapperCallText.Estimates(summary, services);
        var properties = RepetitionProperties.ForWrapper(first, others.Count + 1, finding, services, services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)), WrapperCallText.Display(invocation, summary));
        AddItemFacts(properties, invocation, finding, withCount: others.Count == 0);

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            WrapperCallText.Display(invocation, summary),
            finding.Collection,
            others.Count == 0 ? Cost(first, finding.ItemCount) : WrapperCallText.Cost(first, others, RepetitionUnit.Item)));
    }

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services)
    {
        var invocation = call.Invocation;
        var finding = Repetition.PerItem(invocation);
        if (finding == null)
        {
            return;
        }

        var estimate = services.EstimateOf(call, services.Options.For(OperationSymbols.TreeOf(invocation)));
        var properties = RepetitionProperties.Create(estimate, finding, services);
        properties.SetSite(services.SiteOf(context.ContainingSymbol, CallDisplay.Of(invocation)));
        AddItemFacts(properties, invocation, finding, withCount: true);

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(invocation),
            properties.Locations,
            properties.ToImmutable(),
            CallDisplay.Of(invocation),
            finding.Collection,
            Cost(estimate, finding.ItemCount)));
    }

    /// <summary>The item count (when the collection's size is a constant and the estimate is one call's) and loop invariance, for the fixes and tools.</summary>
    private static void AddItemFacts(PropertySet properties, IInvocationOperation invocation, LoopFinding finding, bool withCount)
    {
        if (withCount && finding.ItemCount is { } count)
        {
            properties.Add(RepetitionProperties.ItemCount, count.ToString(CultureInfo.InvariantCulture));
        }

        // n passes of one request ask for n answers (variants, samples): moving it out would change what the loop does.
        if (!finding.Counted && LoopInvariance.IsInvariant(invocation, finding.Scope))
        {
            properties.Add(RepetitionProperties.LoopInvariant, "true");
        }
    }

    /// <summary>"≈0.85–1.53 Wh per item × 12 items = ≈10.2–18.4 Wh (gpt-4o, …)", or per item only when the count is unknown.</summary>
    private static string Cost(CallEstimate? estimate, int? itemCount)
    {
        if (estimate == null || itemCount is not { } count)
        {
            return CallEstimate.PerRepetition(estimate, RepetitionUnit.Item);
        }

        var total = estimate.Estimate.EnergyWh * count;
        return EstimateText.Energy(estimate.Estimate) + " per item × " + count.ToString(CultureInfo.InvariantCulture) + " items = ≈"
            + EstimateText.Range(total) + " Wh " + estimate.Tail;
    }
}
