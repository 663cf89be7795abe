using System.Collections.Immutable;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>GAI010: the estimated energy, carbon and water of every model call whose model resolves to a constant.</summary>
internal sealed class EstimatedImpactRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.EstimatedImpact,
        title: "Estimated impact of an AI call",
        messageFormat: "{0}: {1} per call ({2})",
        DiagnosticIds.Categories.Impact,
        DiagnosticSeverity.Info,
        isEnabledByDefault: false,
        description: "The energy, greenhouse-gas and water estimate of a model call whose model id is a constant, from the EcoLogits method. Off by default; switch it on with dotnet_diagnostic.GAI010.severity = suggestion.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EstimatedImpact));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        actions.OnModelCall((c, call) => Analyze(c, call, actions.Services));
        actions.OnRawModelCall((c, call) => Analyze(c, call, actions.Services));
    }

    private static void Analyze(OperationAnalysisContext context, ModelCall call, AnalysisServices services)
    {
        var estimate = services.EstimateOf(call, services.Options.For(OperationSymbols.TreeOf(context.Operation)));
        if (estimate == null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            CallLocation.Of(call.Invocation),
            ModelPosition.Add(services.WithSite(estimate.Estimate.ToProperties(), context.ContainingSymbol, CallDisplay.Of(call.Invocation)), call, estimate.Match),
            ModelDisplay.Describe(estimate.Match, estimate.Estimate),
            EstimateText.Amounts(estimate.Estimate),
            EstimateText.Assumptions(estimate.Estimate)));
    }
}
