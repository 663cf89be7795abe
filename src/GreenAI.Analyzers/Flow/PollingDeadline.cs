using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Whether a job-status poll stops on its own. A loop whose only bound is a cancellation token is a service loop for
/// model calls (it runs until the app stops, and is left alone), but for a poll it is no bound at all: a job that never
/// finishes is asked about until the app stops. A poll is bounded when a deadline is in sight: a time compared in the
/// loop (<c>DateTime.UtcNow &gt;= deadline</c>, <c>stopwatch.Elapsed &gt; max</c>), or a token source given a timeout in the
/// method (<c>CancelAfter</c>, <c>new CancellationTokenSource(timeout)</c>).
/// </summary>
internal static class PollingDeadline
{
    /// <summary>The loop around a poll whose condition checks only a cancellation token, with no deadline in sight; null otherwise.</summary>
    public static LoopFinding? PolledUntilCancelled(IInvocationOperation poll)
    {
        for (var parent = poll.Parent; parent != null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation or IConstructorBodyOperation)
            {
                return null;
            }

            if (parent is ILoopOperation loop)
            {
                return Finding(loop);
            }
        }

        return null;
    }

    private static LoopFinding? Finding(ILoopOperation loop)
    {
        var condition = loop switch
        {
            IWhileLoopOperation whileLoop => whileLoop.Condition,
            IForLoopOperation forLoop => forLoop.Condition,
            _ => null,
        };
        if (!LoopBounds.ChecksCancellation(condition) || LoopBounds.HasCounterComparison(condition, loop) || LoopBounds.HasCountedExit(loop)
            || LoopBounds.WaitsForAPerson(loop, condition) || ComparesTime(loop) || TimesOutItsToken(OperationSymbols.RootOf(loop)))
        {
            return null;
        }

        return new LoopFinding(loop, LoopShape.ModelDrivenCondition, "its only bound is a cancellation token, with no attempt limit or deadline in sight: a job that never finishes is polled until the app stops");
    }

    /// <summary>A time compared under <paramref name="root"/>: <c>DateTime.UtcNow &gt;= deadline</c>, <c>sw.Elapsed.TotalMinutes &gt; 6</c>, <c>sw.ElapsedMilliseconds &gt; max</c>.</summary>
    internal static bool ComparesTime(IOperation root)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(root))
        {
            if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } comparison
                && (ReadsTime(comparison.LeftOperand) || ReadsTime(comparison.RightOperand)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time, or a number read from one (<c>elapsed.TotalSeconds</c>, a stopwatch's <c>ElapsedMilliseconds</c>).</summary>
    private static bool ReadsTime(IOperation operand)
    {
        for (var current = OperationSymbols.Unwrap(operand); current != null; current = (current as IMemberReferenceOperation)?.Instance is { } instance ? OperationSymbols.Unwrap(instance) : null)
        {
            if (IsTime(current.Type) || current.Type?.Name == "Stopwatch")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTime(ITypeSymbol? type) =>
        type is { Name: "DateTime" or "DateTimeOffset" or "TimeSpan" } && SymbolNames.HasFullName(type.ContainingNamespace, "System");

    private static bool TimesOutItsToken(IOperation root)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(root))
        {
            switch (operation)
            {
                case IInvocationOperation { TargetMethod.Name: "CancelAfter" }:
                case IObjectCreationOperation { Type.Name: "CancellationTokenSource", Arguments.Length: > 0 }:
                    return true;
            }
        }

        return false;
    }
}
