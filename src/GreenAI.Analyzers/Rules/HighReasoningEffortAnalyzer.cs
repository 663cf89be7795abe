using System.Collections.Immutable;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Rules;

/// <summary>
/// GAI008: OpenAI reasoning effort set to High, ExtraHigh or Max (<c>ChatCompletionOptions.ReasoningEffortLevel</c>,
/// <c>ResponseReasoningOptions.ReasoningEffortLevel</c>). Reported on the level; the fix lowers it one step.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HighReasoningEffortAnalyzer : SdkAnalyzer
{
    /// <summary>Property "lower": the level one step down, for the fix.</summary>
    public const string LowerLevelKey = "lower";

    private static readonly ImmutableDictionary<string, string> OneStepDown = ImmutableDictionary.CreateRange(new[]
    {
        new System.Collections.Generic.KeyValuePair<string, string>("High", "Medium"),
        new System.Collections.Generic.KeyValuePair<string, string>("ExtraHigh", "High"),
        new System.Collections.Generic.KeyValuePair<string, string>("Max", "ExtraHigh"),
    });

    private static readonly ImmutableHashSet<string> OptionTypes = ImmutableHashSet.Create("OpenAI.Chat.ChatCompletionOptions", "OpenAI.Responses.ResponseReasoningOptions");

    private static readonly ImmutableHashSet<string> LevelTypes = ImmutableHashSet.Create("OpenAI.Chat.ChatReasoningEffortLevel", "OpenAI.Responses.ResponseReasoningEffortLevel");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptors.HighReasoningEffort);

    internal override void Register(CompilationStartAnalysisContext start, AnalysisServices services) =>
        start.RegisterOperationAction(Analyze, OperationKind.SimpleAssignment);

    private static void Analyze(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "ReasoningEffortLevel" } property }
            || !OptionTypes.Contains(property.ContainingType.ToDisplayString())
            || ValueOrigin.Follow(assignment.Value, context.CancellationToken) is not IPropertyReferenceOperation { Property: { IsStatic: true } level } written
            || !LevelTypes.Contains(level.ContainingType.ToDisplayString())
            || !OneStepDown.TryGetValue(level.Name, out var lower))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.HighReasoningEffort,
            written.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(LowerLevelKey, lower),
            level.Name,
            lower));
    }
}
