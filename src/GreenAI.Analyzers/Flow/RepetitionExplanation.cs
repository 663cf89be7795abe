using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Why GAI002 and GAI003 stay silent on a model call that sits in a loop or a lambda, in words, for the miss report
/// of the harness's <c>--scan</c> (not used by the rules). It asks the same questions as <see cref="Repetition"/>, loop by
/// loop from the call outwards, and names the first answer that let the loop pass.
/// </summary>
internal static class RepetitionExplanation
{
    /// <summary>
    /// Null when nothing in its method repeats the call: no loop or lambda around it but the <c>foreach</c> over its own
    /// result (a stream read once).
    /// </summary>
    public static string? WhySilent(IInvocationOperation call, Func<IInvocationOperation, bool> isModelCall)
    {
        string? why = null;
        for (var parent = call.Parent; parent != null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IForEachLoopOperation forEach when forEach.Collection.Syntax.Span.Contains(call.Syntax.Span):
                    continue; // the call runs once; its stream is what the loop reads
                case IAnonymousFunctionOperation lambda when Repetition.RunsWhereItIsWritten(lambda):
                    continue;
                case ILoopOperation guarded when OnceGuard.Holds(call, guarded):
                    why ??= "a flag lets the call run once in the loop";
                    continue;
                case IForEachLoopOperation or IForLoopOperation when Repetition.StopsAtFirstAnswer(call, (ILoopOperation)parent):
                    why ??= "a fail-over: the loop stops at the first answer";
                    continue;
                case IForEachLoopOperation:
                    return why ?? "per-item loop not reported (unexpected: check Repetition.PerItem)";
                case IForLoopOperation forLoop when forLoop.Condition == null || forLoop.Condition.ConstantValue is { HasValue: true, Value: true }:
                    return why ?? "for (;;) not reported (unexpected)";
                case IForLoopOperation forLoop:
                    why ??= Bound(forLoop, forLoop.Condition, isModelCall) ?? "a for loop whose condition is no collection's Count or Length";
                    continue;
                case IWhileLoopOperation whileLoop:
                    why ??= Bound(whileLoop, whileLoop.Condition, isModelCall);
                    continue;
                case IAnonymousFunctionOperation lambda:
                    return why ?? Lambda(lambda);
                case ILocalFunctionOperation or IMethodBodyOperation or IConstructorBodyOperation:
                    return why;
            }
        }

        return why;
    }

    private static string? Bound(ILoopOperation loop, IOperation? condition, Func<IInvocationOperation, bool> isModelCall)
    {
        if (FixedPointLoop.Holds(loop))
        {
            return "repeats a pass over items until a pass finds nothing to do";
        }

        if (LoopBounds.WaitsForAPerson(loop, condition))
        {
            return "the loop waits for a person each turn";
        }

        if (LoopBounds.HasCountedExit(loop))
        {
            return "bounded: an exit guarded by a counter";
        }

        if (LoopBounds.DrainsAQueue(loop))
        {
            return "bounded by a queue: one pass per queued item";
        }

        if (LoopBounds.HasCounterComparison(condition, loop))
        {
            return "bounded: its condition compares a counter";
        }

        if (LoopBounds.ChecksCancellation(condition))
        {
            return "its condition checks a cancellation token";
        }

        if (condition == null || condition.ConstantValue is { HasValue: true, Value: true })
        {
            return null; // reported as Forever unless bounded above
        }

        return ModelOutputTaint.ConditionDependsOnModelOutput(condition, loop, isModelCall)
            ? null
            : $"condition `{Repetition.Shorten(condition.Syntax.ToString())}` not traced to model output";
    }

    private static string Lambda(IAnonymousFunctionOperation lambda) =>
        OperationSymbols.InvocationTaking(lambda) is { } taker
            ? $"a lambda passed to {taker.TargetMethod.ContainingType?.Name}.{taker.TargetMethod.Name} (not a per-item iterator)"
            : "a lambda not passed to a call (stored or returned)";
}
