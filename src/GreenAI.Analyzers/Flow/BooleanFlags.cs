using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Flow;

/// <summary>How code reads and writes a boolean flag, for the loop shapes that a flag bounds (<see cref="OnceGuard"/>, <see cref="FixedPointLoop"/>).</summary>
internal static class BooleanFlags
{
    /// <summary><c>flag = true</c>.</summary>
    public static bool SetsTrue(AssignmentExpressionSyntax assignment) =>
        assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right.IsKind(SyntaxKind.TrueLiteralExpression);

    /// <summary>The flag in <c>!flag</c>, <c>flag == false</c> or <c>flag is false</c> (in parentheses or not), else null.</summary>
    public static ExpressionSyntax? NegatedOperand(ExpressionSyntax condition) => Unparenthesised(condition) switch
    {
        PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression) => Unparenthesised(not.Operand),
        BinaryExpressionSyntax equals when equals.IsKind(SyntaxKind.EqualsExpression) && equals.Right.IsKind(SyntaxKind.FalseLiteralExpression) => Unparenthesised(equals.Left),
        IsPatternExpressionSyntax { Pattern: ConstantPatternSyntax { Expression: var constant } } pattern when constant.IsKind(SyntaxKind.FalseLiteralExpression) => Unparenthesised(pattern.Expression),
        _ => null,
    };

    public static ExpressionSyntax Unparenthesised(ExpressionSyntax expression) =>
        expression is ParenthesizedExpressionSyntax parenthesized ? Unparenthesised(parenthesized.Expression) : expression;

    /// <summary>A statement (or a block of one) that leaves the loop's turn: <c>break</c>, <c>return</c>, and <c>continue</c> when asked.</summary>
    public static bool Leaves(StatementSyntax statement, bool orContinues) => statement switch
    {
        BreakStatementSyntax or ReturnStatementSyntax => true,
        ContinueStatementSyntax => orContinues,
        BlockSyntax { Statements.Count: 1 } block => Leaves(block.Statements[0], orContinues),
        _ => false,
    };
}
