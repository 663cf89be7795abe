using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// A worker's loop, which runs until the host stops it or its queue closes: an <c>await foreach</c> over a channel
/// reader's <c>ReadAllAsync</c> or a <c>BlockingCollection</c>'s <c>GetConsumingEnumerable</c>, or a <c>while</c> on
/// the cancellation token (<c>while (!ct.IsCancellationRequested)</c>).
/// </summary>
internal static class WorkerLoops
{
    private static readonly HashSet<string> ConsumingMethods = new(StringComparer.Ordinal) { "ReadAllAsync", "GetConsumingEnumerable", "GetConsumingAsyncEnumerable" };

    /// <summary>The call sits in such a loop of <paramref name="body"/>.</summary>
    public static bool Holds(IOperation call, IOperation body)
    {
        for (var parent = call.Parent; parent != null && parent != body; parent = parent.Parent)
        {
            switch (parent)
            {
                case IForEachLoopOperation forEach when OperationSymbols.Unwrap(forEach.Collection) is IInvocationOperation { TargetMethod.Name: var name } && ConsumingMethods.Contains(name):
                    return true;
                case IWhileLoopOperation whileLoop when LoopBounds.ChecksCancellation(whileLoop.Condition):
                    return true;
            }
        }

        return false;
    }
}
