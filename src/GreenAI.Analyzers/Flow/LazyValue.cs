using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A call whose answer is kept in a variable declared before the loop and asked for only while that variable is empty:
/// <c>if (queryEmbedding is null) queryEmbedding = await embedder.GenerateAsync(query);</c> or
/// <c>queryEmbedding ??= await embedder.GenerateAsync(query);</c>, with nothing else in the loop writing the variable.
/// It runs once however often the loop turns (testbucket's tree search embeds its query once per level).
/// </summary>
internal static class LazyValue
{
    public static bool Holds(StatementSyntax statement, SyntaxNode body, SyntaxNode call, SemanticModel model)
    {
        if (statement is not ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax assignment }
            || !assignment.Right.Span.Contains(call.Span)
            || model.GetSymbolInfo(assignment.Left).Symbol is not { } variable
            || variable is not (ILocalSymbol or IFieldSymbol)
            || OnceGuard.IsDeclaredIn(body, variable)
            || OnceGuard.IsWrittenIn(body, variable, model, other => other == assignment || FillsWhenEmpty(other, body, variable, model)))
        {
            return false;
        }

        return FillsWhenEmpty(assignment, body, variable, model);
    }

    /// <summary>
    /// <c>v ??= …</c>, or <c>v = …</c> under a test that <c>v</c> is empty: it fills the variable once (testbucket fills the
    /// same query embedding in three branches, each under its own test).
    /// </summary>
    private static bool FillsWhenEmpty(AssignmentExpressionSyntax assignment, SyntaxNode body, ISymbol variable, SemanticModel model) =>
        assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression)
        || (assignment.Parent is ExpressionStatementSyntax statement && IsGuardedByEmptiness(statement, body, variable, model));

    /// <summary>An <c>if</c> on the way from the loop's body to the statement tests that the variable is still empty.</summary>
    private static bool IsGuardedByEmptiness(StatementSyntax statement, SyntaxNode body, ISymbol variable, SemanticModel model)
    {
        for (SyntaxNode node = statement; node != body && node.Parent != null; node = node.Parent)
        {
            if (node.Parent is IfStatementSyntax around && around.Statement == node && TestsEmpty(around.Condition, variable, model))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>v is null</c>, <c>v == null</c>, <c>null == v</c>, <c>!v.HasValue</c>, one part of an <c>&amp;&amp;</c>.</summary>
    private static bool TestsEmpty(ExpressionSyntax condition, ISymbol variable, SemanticModel model)
    {
        condition = BooleanFlags.Unparenthesised(condition);
        switch (condition)
        {
            case BinaryExpressionSyntax both when both.IsKind(SyntaxKind.LogicalAndExpression):
                return TestsEmpty(both.Left, variable, model) || TestsEmpty(both.Right, variable, model);
            case IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } pattern
                when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return OnceGuard.Is(pattern.Expression, variable, model);
            case BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression):
                return (equals.Right.IsKind(SyntaxKind.NullLiteralExpression) && OnceGuard.Is(equals.Left, variable, model))
                    || (equals.Left.IsKind(SyntaxKind.NullLiteralExpression) && OnceGuard.Is(equals.Right, variable, model));
            case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression)
                && BooleanFlags.Unparenthesised(not.Operand) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HasValue" } hasValue:
                return OnceGuard.Is(hasValue.Expression, variable, model);
            default:
                return false;
        }
    }
}
