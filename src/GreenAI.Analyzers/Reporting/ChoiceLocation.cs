using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Reporting;

/// <summary>
/// Where a model choice is reported: the constant itself when it is written inside the slot's value (a literal, an enum
/// member, a branch of a ternary), else the slot's value (a const or local written elsewhere and used here).
/// </summary>
internal static class ChoiceLocation
{
    public static Location Of(ModelIdCandidate candidate, ModelSlotUse use)
    {
        var written = candidate.Operation.Syntax;
        var slot = use.Value.Syntax;
        return written.SyntaxTree == slot.SyntaxTree && slot.Span.Contains(written.Span) ? written.GetLocation() : slot.GetLocation();
    }
}
