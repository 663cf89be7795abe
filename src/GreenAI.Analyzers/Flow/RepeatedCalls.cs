using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The model calls an unbounded loop (or a recursive body) repeats, in source order: those whose own
/// <see cref="Repetition.Unbounded"/> finding is this loop. GAI002 reports a loop once, on its first call, naming them all.
/// </summary>
internal static class RepeatedCalls
{
    private static readonly OperationMemo<ImmutableArray<IInvocationOperation>> ByScope = new();

    public static ImmutableArray<IInvocationOperation> In(LoopFinding finding, ISymbol? containingSymbol, Func<IInvocationOperation, bool> isModelCall) =>
        ByScope.Get(finding.Scope, (finding, containingSymbol, isModelCall), static (scope, state) => Find(scope, state.finding, state.containingSymbol, state.isModelCall));

    private static ImmutableArray<IInvocationOperation> Find(IOperation scope, LoopFinding finding, ISymbol? containingSymbol, Func<IInvocationOperation, bool> isModelCall)
    {
        var calls = new List<IInvocationOperation>();
        foreach (var operation in OperationWalk.DescendantsAndSelf(scope))
        {
            if (operation is IInvocationOperation invocation && isModelCall(invocation)
                && Repetition.Unbounded(invocation, containingSymbol, isModelCall) is { } own && own.Scope == finding.Scope)
            {
                calls.Add(invocation);
            }
        }

        calls.Sort(static (a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        return calls.ToImmutableArray();
    }
}
