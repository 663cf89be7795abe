using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A call that runs at most once however often its loop turns: a flag set before the loop is checked on the way to the
/// call (<c>if (done) continue;</c> earlier in the body, or <c>if (!done) { … }</c> around it) and set to true beside
/// the call, and nothing in the loop sets it back. (Seen in Sdcb.PictureSpeaks: an image generated once while a chat
/// answer streams in.) Also a value asked for only while it is empty (<see cref="LazyValue"/>).
/// </summary>
internal static class OnceGuard
{
    public static bool Holds(IOperation call, ILoopOperation loop)
    {
        if (call.SemanticModel is not { } model || loop.Body.Syntax is not { } body
            || call.Syntax.FirstAncestorOrSelf<StatementSyntax>() is not { } statement || !body.Span.Contains(statement.Span))
        {
            return false;
        }

        foreach (var flag in FlagsSetBeside(statement, model))
        {
            if (IsGuardedBy(statement, body, flag, model) && !IsResetIn(body, flag, model) && !IsDeclaredIn(body, flag))
            {
                return true;
            }
        }

        return LazyValue.Holds(statement, body, call.Syntax, model);
    }

    /// <summary>Locals and fields set to <c>true</c> by a statement of the block that holds the call's statement.</summary>
    private static System.Collections.Generic.IEnumerable<ISymbol> FlagsSetBeside(StatementSyntax statement, SemanticModel model)
    {
        if (statement.Parent is not BlockSyntax block)
        {
            yield break;
        }

        foreach (var sibling in block.Statements)
        {
            if (sibling is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment } && BooleanFlags.SetsTrue(assignment)
                && model.GetSymbolInfo(assignment.Left).Symbol is { } flag && IsBoolean(flag))
            {
                yield return flag;
            }
        }
    }

    private static bool IsBoolean(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type.SpecialType == SpecialType.System_Boolean,
        IFieldSymbol field => field.Type.SpecialType == SpecialType.System_Boolean,
        _ => false,
    };

    /// <summary>On the way from the loop's body to the call: <c>if (!flag)</c> around it, or <c>if (flag) continue|break|return;</c> before it.</summary>
    private static bool IsGuardedBy(StatementSyntax statement, SyntaxNode body, ISymbol flag, SemanticModel model)
    {
        for (SyntaxNode node = statement; node != body && node.Parent != null; node = node.Parent)
        {
            if (node.Parent is IfStatementSyntax around && around.Statement == node && Tests(around.Condition, flag, model, negated: true))
            {
                return true;
            }

            if (node.Parent is BlockSyntax block && node is StatementSyntax inBlock)
            {
                foreach (var before in block.Statements)
                {
                    if (before == inBlock)
                    {
                        break;
                    }

                    if (before is IfStatementSyntax { Else: null } skip && BooleanFlags.Leaves(skip.Statement, orContinues: true) && Tests(skip.Condition, flag, model, negated: false))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary><c>flag</c> (or <c>!flag</c>, <c>flag == false</c>, <c>flag is false</c> when <paramref name="negated"/>).</summary>
    private static bool Tests(ExpressionSyntax condition, ISymbol flag, SemanticModel model, bool negated)
    {
        condition = BooleanFlags.Unparenthesised(condition);
        if (condition is BinaryExpressionSyntax both
            && both.IsKind(negated ? SyntaxKind.LogicalAndExpression : SyntaxKind.LogicalOrExpression))
        {
            // `!done && ready` around the call, `done || busy` before a jump: one part on the flag is enough.
            return Tests(both.Left, flag, model, negated) || Tests(both.Right, flag, model, negated);
        }

        if (negated)
        {
            return BooleanFlags.NegatedOperand(condition) is { } operand && Is(operand, flag, model);
        }

        return Is(condition, flag, model);
    }

    internal static bool Is(ExpressionSyntax expression, ISymbol flag, SemanticModel model) =>
        SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(BooleanFlags.Unparenthesised(expression)).Symbol, flag);

    /// <summary>Anything but <c>flag = true</c> that writes the flag inside the loop lets the call run again.</summary>
    private static bool IsResetIn(SyntaxNode body, ISymbol flag, SemanticModel model) => IsWrittenIn(body, flag, model, BooleanFlags.SetsTrue);

    /// <summary>An assignment other than <paramref name="allowed"/> ones, or a <c>ref</c>/<c>out</c> argument, writes the variable in the body.</summary>
    internal static bool IsWrittenIn(SyntaxNode body, ISymbol variable, SemanticModel model, System.Func<AssignmentExpressionSyntax, bool> allowed)
    {
        foreach (var node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax assignment && !allowed(assignment) && Is(assignment.Left, variable, model))
            {
                return true;
            }

            if (node is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } byReference && Is(byReference.Expression, variable, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A local declared in the loop's body is a new flag (or value) each turn.</summary>
    internal static bool IsDeclaredIn(SyntaxNode body, ISymbol flag)
    {
        foreach (var reference in flag.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == body.SyntaxTree && body.Span.Contains(reference.Span))
            {
                return true;
            }
        }

        return false;
    }
}
