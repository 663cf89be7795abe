using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// <c>for (var i = 1; i &lt;= chapters; i++)</c>: a loop that runs a counted number of times, one model call per pass
/// (a chapter, an image, a variant) — per item of a count rather than of a collection. Agent steps, retries and polls
/// are counted loops too, but they leave early on an answer: a loop that can break or return is not one of these, nor
/// one that waits for a person each pass.
/// </summary>
internal static class CountLoops
{
    /// <summary>The per-item finding of a counted loop ("1..chapters", with the count when both ends are constants), or null.</summary>
    public static LoopFinding? Finding(IForLoopOperation loop)
    {
        if (loop.Condition is not IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual } comparison
            || OperationSymbols.Unwrap(comparison.LeftOperand) is not ILocalReferenceOperation counter
            || !loop.Locals.Contains(counter.Local, SymbolEqualityComparer.Default)
            || NamesAttempts(counter.Local.Name)
            || NamesAttempts(comparison.RightOperand.Syntax.ToString())
            || !StepsByOne(loop, counter.Local)
            || StartOf(loop, counter.Local) is not { } start
            || LeavesEarly(loop.Body)
            || LoopBounds.WaitsForAPerson(loop, loop.Condition))
        {
            return null; // a game of five questions that waits for each answer is a conversation, not five items
        }

        var inclusive = comparison.OperatorKind == BinaryOperatorKind.LessThanOrEqual;
        int? count = null;
        if (comparison.RightOperand.ConstantValue is { HasValue: true, Value: int bound } && start.ConstantValue is { HasValue: true, Value: int first })
        {
            count = bound - first + (inclusive ? 1 : 0);
            if (count < 2)
            {
                return null; // runs once or never
            }
        }

        var upper = Repetition.Shorten(comparison.RightOperand.Syntax.ToString());
        var range = start.Syntax.ToString() + ".." + (inclusive ? upper : "(" + upper + " - 1)");
        return new LoopFinding(loop, LoopShape.PerItem, "for", range, count, counted: true);
    }

    /// <summary><c>attempt</c>, <c>maxRetries</c>, <c>tries</c>: the passes are tries of one request, not items.</summary>
    private static bool NamesAttempts(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("attempt") || lower.Contains("retry") || lower.Contains("tries") || lower.StartsWith("try", System.StringComparison.Ordinal);
    }

    private static IOperation? StartOf(IForLoopOperation loop, ILocalSymbol counter)
    {
        foreach (var before in loop.Before)
        {
            foreach (var operation in OperationWalk.DescendantsAndSelf(before))
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, counter))
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary><c>i++</c>, <c>++i</c> or <c>i += 1</c> after each pass, and no other write of the counter in the body.</summary>
    private static bool StepsByOne(IForLoopOperation loop, ILocalSymbol counter)
    {
        var steps = false;
        foreach (var bottom in loop.AtLoopBottom)
        {
            foreach (var operation in OperationWalk.DescendantsAndSelf(bottom))
            {
                steps |= operation switch
                {
                    IIncrementOrDecrementOperation { Kind: OperationKind.Increment, Target: ILocalReferenceOperation target } => Is(target, counter),
                    ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: ILocalReferenceOperation target, Value.ConstantValue: { HasValue: true, Value: 1 } } => Is(target, counter),
                    _ => false,
                };
            }
        }

        if (!steps)
        {
            return false;
        }

        foreach (var operation in OperationWalk.Descendants(loop.Body))
        {
            var changed = operation switch
            {
                IIncrementOrDecrementOperation increment => increment.Target,
                IAssignmentOperation assignment => assignment.Target,
                _ => null,
            };
            if (changed is ILocalReferenceOperation local && Is(local, counter))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Is(ILocalReferenceOperation reference, ILocalSymbol local) => SymbolEqualityComparer.Default.Equals(reference.Local, local);

    /// <summary>
    /// A <c>return</c>, <c>yield break</c>, <c>goto</c>, or a <c>break</c> of this loop (not of a loop or switch inside
    /// it) — except one taken on cancellation (<c>if (token.IsCancellationRequested) break;</c>): a person or the host
    /// stopping the work, not an answer ending it.
    /// </summary>
    private static bool LeavesEarly(IOperation body)
    {
        foreach (var operation in OperationWalk.Descendants(body))
        {
            var leaves = operation switch
            {
                IReturnOperation { Kind: OperationKind.Return or OperationKind.YieldBreak } => !InsideFunction(operation, body),
                IBranchOperation { BranchKind: BranchKind.GoTo } => true,
                IBranchOperation { BranchKind: BranchKind.Break } => !InsideInnerBreakable(operation, body),
                _ => false,
            };
            if (leaves && !OnCancellation(operation, body))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OnCancellation(IOperation exit, IOperation body)
    {
        for (var parent = exit.Parent; parent != null && parent != body; parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional)
            {
                return LoopBounds.ChecksCancellation(conditional.Condition);
            }
        }

        return false;
    }

    private static bool InsideFunction(IOperation operation, IOperation body)
    {
        for (var parent = operation.Parent; parent != null && parent != body; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideInnerBreakable(IOperation operation, IOperation body)
    {
        for (var parent = operation.Parent; parent != null && parent != body; parent = parent.Parent)
        {
            if (parent is ILoopOperation or ISwitchOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}
