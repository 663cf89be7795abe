using System;
using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Contracts;
using GreenAI.Analyzers.Hosting;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Reporting;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI008: OpenAI reasoning effort set to High, ExtraHigh or Max (<c>ChatCompletionOptions.ReasoningEffortLevel</c>,
/// <c>ResponseReasoningOptions.ReasoningEffortLevel</c>), or an Anthropic extended-thinking budget above
/// green_ai.max_output_tokens (<c>ThinkingConfigEnabled.BudgetTokens</c>). Reported on the value; the fix lowers it
/// one step (the next effort level; half the budget, not below Anthropic's minimum of 1024).
/// </summary>
internal sealed class HighReasoningEffortRule : IRule
{
    public static readonly DiagnosticDescriptor Descriptor = new(
        DiagnosticIds.HighReasoningEffort,
        title: "High reasoning effort",
        messageFormat: "{0}: reasoning tokens are output tokens, which drive the energy of a call; use {1} where the task allows",
        DiagnosticIds.Categories.ModelChoice,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A reasoning model asked for High, ExtraHigh or Max effort, or given a large extended-thinking budget, writes more hidden reasoning tokens; they are generated like any output token and cost energy in proportion. Lower the effort or the budget for classification, extraction and other short tasks.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.HighReasoningEffort));

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptor);

    public void Register(RuleActions actions)
    {
        actions.OnAssignment((c, assignment) => Analyze(c, assignment, actions.Services));
        actions.OnCreation((c, creation) => AnalyzeThinking(c, creation, actions.Services));
    }

    /// <summary><c>new ThinkingConfigEnabled(10000)</c> or <c>new ThinkingConfigEnabled { BudgetTokens = 10000 }</c>.</summary>
    private static void AnalyzeThinking(OperationAnalysisContext context, IObjectCreationOperation creation, AnalysisServices services)
    {
        if (!services.Sdk.IsThinkingConfig(creation.Type))
        {
            return;
        }

        IOperation? budget = null;
        foreach (var argument in creation.Arguments)
        {
            if (argument.Value.Type?.SpecialType == SpecialType.System_Int64)
            {
                budget = argument.Value;
            }
        }

        foreach (var property in SdkCatalog.Reasoning.ThinkingBudgetProperties)
        {
            budget ??= ObjectInitializers.ValueOf(creation, property);
        }
        var written = budget == null ? null : OperationSymbols.Unwrap(budget);
        long limit = services.Options.For(OperationSymbols.TreeOf(creation)).MaxOutputTokens;
        long? constant = written?.ConstantValue.Value switch { int i => i, long l => l, _ => null };
        if (written == null || constant is not { } tokens || tokens <= limit)
        {
            return;
        }

        long lower = Math.Max(SdkCatalog.Reasoning.MinimumThinkingBudget, tokens / 2);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            written.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReasoningEffortProperties.LowerBudget, lower.ToString(CultureInfo.InvariantCulture))
                .Add(SiteKey.Property, services.SiteOf(context.ContainingSymbol, SiteKey.ReasoningSetting)),
            "Thinking budget " + tokens.ToString(CultureInfo.InvariantCulture) + " tokens",
            lower.ToString(CultureInfo.InvariantCulture) + " tokens"));
    }

    private static void Analyze(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, AnalysisServices services)
    {
        var sdk = services.Sdk;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: SdkCatalog.Reasoning.EffortProperty } property }
            || !sdk.IsReasoningEffortOptions(property.ContainingType)
            || ValueOrigin.Follow(assignment.Value, context.CancellationToken) is not IPropertyReferenceOperation { Property: { IsStatic: true } level } written
            || !sdk.IsReasoningEffortLevel(level.ContainingType)
            || !SdkCatalog.Reasoning.OneStepDown.TryGetValue(level.Name, out var lower))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            written.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReasoningEffortProperties.LowerLevel, lower)
                .Add(SiteKey.Property, services.SiteOf(context.ContainingSymbol, SiteKey.ReasoningSetting)),
            "Reasoning effort " + level.Name,
            lower));
    }
}
