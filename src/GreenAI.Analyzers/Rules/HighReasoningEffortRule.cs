using GreenAI.Analyzers.Contracts;
using System;
using System.Collections.Immutable;
using System.Globalization;
using GreenAI.Analyzers.Engine;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.Reporting;
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
    private static readonly ImmutableDictionary<string, string> OneStepDown = ImmutableDictionary.CreateRange(new[]
    {
        new System.Collections.Generic.KeyValuePair<string, string>("High", "Medium"),
        new System.Collections.Generic.KeyValuePair<string, string>("ExtraHigh", "High"),
        new System.Collections.Generic.KeyValuePair<string, string>("Max", "ExtraHigh"),
    });

    private static readonly string[] OptionTypes = { "OpenAI.Chat.ChatCompletionOptions", "OpenAI.Responses.ResponseReasoningOptions" };

    private static readonly string[] LevelTypes = { "OpenAI.Chat.ChatReasoningEffortLevel", "OpenAI.Responses.ResponseReasoningEffortLevel" };

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

    /// <summary>Anthropic rejects thinking budgets below this (its extended-thinking documentation).</summary>
    public const long MinimumThinkingBudget = 1024;

    private static readonly string[] ThinkingTypes =
        { "Anthropic.Models.Messages.ThinkingConfigEnabled", "Anthropic.Models.Beta.Messages.BetaThinkingConfigEnabled" };

    public void Register(RuleActions actions)
    {
        actions.OnAssignment(Analyze);
        actions.OnCreation((c, creation) => AnalyzeThinking(c, creation, actions.Services));
    }

    /// <summary><c>new ThinkingConfigEnabled(10000)</c> or <c>new ThinkingConfigEnabled { BudgetTokens = 10000 }</c>.</summary>
    private static void AnalyzeThinking(OperationAnalysisContext context, IObjectCreationOperation creation, AnalysisServices services)
    {
        if (!SymbolNames.HasFullNameIn(creation.Type, ThinkingTypes))
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

        budget ??= ObjectInitializers.ValueOf(creation, "BudgetTokens");
        var written = budget == null ? null : OperationSymbols.Unwrap(budget);
        long limit = services.Options.For(OperationSymbols.TreeOf(creation)).MaxOutputTokens;
        long? constant = written?.ConstantValue.Value switch { int i => i, long l => l, _ => null };
        if (written == null || constant is not { } tokens || tokens <= limit)
        {
            return;
        }

        long lower = Math.Max(MinimumThinkingBudget, tokens / 2);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            written.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReasoningEffortProperties.LowerBudget, lower.ToString(CultureInfo.InvariantCulture)),
            "Thinking budget " + tokens.ToString(CultureInfo.InvariantCulture) + " tokens",
            lower.ToString(CultureInfo.InvariantCulture) + " tokens"));
    }

    private static void Analyze(OperationAnalysisContext context, ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "ReasoningEffortLevel" } property }
            || !SymbolNames.HasFullNameIn(property.ContainingType, OptionTypes)
            || ValueOrigin.Follow(assignment.Value, context.CancellationToken) is not IPropertyReferenceOperation { Property: { IsStatic: true } level } written
            || !SymbolNames.HasFullNameIn(level.ContainingType, LevelTypes)
            || !OneStepDown.TryGetValue(level.Name, out var lower))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptor,
            written.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(ReasoningEffortProperties.LowerLevel, lower),
            "Reasoning effort " + level.Name,
            lower));
    }
}
