using System.Collections.Immutable;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Impact;
using GreenAI.Analyzers.Models;
using GreenAI.Analyzers.Options;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI001: a large chat model chosen where the same provider has a smaller one of the same generation. Reported on the
/// expression that chooses the model (once per choice), not on the calls made through the client.
/// </summary>
public sealed class LargeModelAnalyzer : SdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.LargeModel);

    internal override void Register(RuleActions actions) =>
        actions.OnModelSlot((c, use, value) => Analyze(c, use, value, actions.Services));

    private static void Analyze(OperationAnalysisContext context, ModelSlotUse use, ModelIdValue value, AnalysisServices services)
    {
        if (value.Kind != ModelIdValueKind.Constant)
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(context.Operation));
        foreach (var model in ResolvedModel.ResolveAll(value.WithSlot(use.Slot.Provider, use.Slot.Holds == SlotValue.DeploymentName), options))
        {
            if (LargeModelFinding.For(model, use, options) is { } finding)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.LargeModel,
                    ChoiceLocation.Of(model.Candidate, use),
                    finding.Properties,
                    finding.ModelText,
                    finding.LargeEnergyText,
                    finding.AlternativeId,
                    finding.SmallEnergyText,
                    finding.RatioText,
                    finding.AssumptionsText));
            }
        }
    }
}
