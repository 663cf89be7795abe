using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact;
using GreenAI.Impact.Models;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI011: a constant chat-model id that the catalogue does not know, once per id and compilation (at its first
/// place in file order), with how to declare it. Reported at compilation end, so it shows in builds and full analysis.
/// </summary>
internal sealed class UnknownModelRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.UnknownModel,
        title: "Model not in the impact catalogue",
        messageFormat: "Model '{0}' is not in the " + EcoLogitsConstants.MethodDisplayName + " model repository, so its calls get no estimate; declare it with green_ai.model.{1}.active_params = <billions> (and .total_params for a mixture of experts) in .editorconfig",
        DiagnosticIds.Categories.ModelChoice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A constant model id that the model repository does not know, after normalisation. Reported once per id and compilation. Declared models are honoured by every rule.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnknownModel),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        var firstPlaceById = new ConcurrentDictionary<string, Location>(StringComparer.OrdinalIgnoreCase);
        actions.OnModelSlot((c, use, value) => Collect(c, use, value, actions.Services, firstPlaceById));
        actions.Start.RegisterCompilationEndAction(end =>
        {
            foreach (var unknown in firstPlaceById)
            {
                end.ReportDiagnostic(Diagnostic.Create(Descriptor, unknown.Value, unknown.Key, unknown.Key.ToLowerInvariant()));
            }
        });
    }

    private static void Collect(OperationAnalysisContext context, ModelSlotUse use, ModelIdValue value, AnalysisServices services, ConcurrentDictionary<string, Location> firstPlaceById)
    {
        if (value.Kind != ModelIdValueKind.Constant)
        {
            return;
        }

        var options = services.Options.For(OperationSymbols.TreeOf(context.Operation));
        foreach (var model in ResolvedModel.ResolveAll(value.WithSlot(use.Slot.Provider, use.Slot.Holds == SlotValue.DeploymentName), options))
        {
            if (model.Match != null || Placeholders.IsPlaceholder(model.ModelId))
            {
                continue;
            }

            var location = ChoiceLocation.Of(model.Candidate, use);
            firstPlaceById.AddOrUpdate(model.ModelId, location, (_, existing) => IsEarlier(location, existing) ? location : existing);
        }
    }

    private static bool IsEarlier(Location candidate, Location existing)
    {
        int byFile = string.CompareOrdinal(candidate.SourceTree?.FilePath, existing.SourceTree?.FilePath);
        return byFile != 0 ? byFile < 0 : candidate.SourceSpan.Start < existing.SourceSpan.Start;
    }
}
