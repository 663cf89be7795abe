using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A loop that repeats a pass over items until a pass finds nothing to do:
/// <c>while (true) { var worked = false; foreach (var x in items) { … worked = true; … } if (!worked) break; }</c>.
/// The items bound it, not an iteration limit: the calls in it are per item (GAI003's), not an endless loop's.
/// (Seen in MoonlightAI: document one member, re-read the file, until no member is left undocumented.)
/// </summary>
internal static class FixedPointLoop
{
    public static bool Holds(ILoopOperation loop)
    {
        if (loop.Body.Syntax is not BlockSyntax body || loop.SemanticModel is not { } model)
        {
            return false;
        }

        foreach (var statement in body.Statements)
        {
            if (statement is IfStatementSyntax { Else: null } exit && BooleanFlags.Leaves(exit.Statement, orContinues: false)
                && BooleanFlags.NegatedOperand(exit.Condition) is { } tested && model.GetSymbolInfo(tested).Symbol is ILocalSymbol { Type.SpecialType: SpecialType.System_Boolean } flag
                && IsPassFlag(flag, body, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Declared false in the body (a new flag each pass), and set only to true, only inside a loop over items in the body.</summary>
    private static bool IsPassFlag(ILocalSymbol flag, BlockSyntax body, SemanticModel model)
    {
        if (flag.DeclaringSyntaxReferences.Length != 1
            || flag.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var initial } declarator
            || !initial.IsKind(SyntaxKind.FalseLiteralExpression) || !body.Span.Contains(declarator.Span))
        {
            return false;
        }

        int sets = 0;
        foreach (var node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax assignment && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(assignment.Left).Symbol, flag))
            {
                if (!BooleanFlags.SetsTrue(assignment) || !InsideItemLoop(assignment, body))
                {
                    return false;
                }

                sets++;
            }
        }

        return sets > 0;
    }

    private static bool InsideItemLoop(SyntaxNode node, BlockSyntax body)
    {
        for (var parent = node.Parent; parent != null && parent != body; parent = parent.Parent)
        {
            if (parent is ForEachStatementSyntax or ForStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
