using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// Does a loop condition depend on model output? Variables the loop assigns from a model call (or from such variables,
/// or inside a branch that tests them, as in <c>switch (completion.FinishReason) { case ToolCalls: requiresAction = true; }</c>,
/// or inside a <c>foreach</c> over them, as in <c>foreach (var item in response.OutputItems) { if (item is FunctionCall…) requiresAction = true; }</c>)
/// carry model output, and so does the variable of a <c>foreach</c> over model output (the updates of a stream); a
/// condition that reads one, or calls a model itself, depends on it.
/// </summary>
internal static class ModelOutputTaint
{
    private const int MaxRounds = 6;

    public static bool ConditionDependsOnModelOutput(IOperation condition, ILoopOperation loop, Func<IInvocationOperation, bool> isModelCall)
    {
        if (ContainsModelCall(condition, isModelCall))
        {
            return true;
        }

        var tainted = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        for (int round = 0; round < MaxRounds; round++)
        {
            bool grew = false;
            foreach (var operation in OperationWalk.Descendants(loop.Body))
            {
                if (operation is IForEachLoopOperation forEach)
                {
                    grew |= TaintIterationVariables(forEach, tainted, isModelCall);
                    continue;
                }

                if (Assignment(operation) is not ({ } target, { } value) || tainted.Contains(target))
                {
                    continue;
                }

                if (CarriesModelOutput(value, tainted, isModelCall) || UnderTaintedBranch(operation, loop, tainted))
                {
                    tainted.Add(target);
                    grew = true;
                }
            }

            if (!grew)
            {
                break;
            }
        }

        return Reads(condition, tainted);
    }

    private static (ISymbol? Target, IOperation? Value) Assignment(IOperation operation) => operation switch
    {
        ISimpleAssignmentOperation assignment => (SymbolOf(assignment.Target), assignment.Value),
        ICompoundAssignmentOperation compound => (SymbolOf(compound.Target), compound.Value), // requiresAction |= …
        IVariableDeclaratorOperation { Initializer: { } initializer } declarator => (declarator.Symbol, initializer.Value),
        _ => (null, null),
    };

    /// <summary>The variables of a <c>foreach</c> (or <c>await foreach</c>) over model output carry it.</summary>
    private static bool TaintIterationVariables(IForEachLoopOperation forEach, HashSet<ISymbol> tainted, Func<IInvocationOperation, bool> isModelCall)
    {
        if (!CarriesModelOutput(forEach.Collection, tainted, isModelCall))
        {
            return false;
        }

        bool grew = false;
        foreach (var local in forEach.Locals)
        {
            grew |= tainted.Add(local);
        }

        return grew;
    }

    private static bool UnderTaintedBranch(IOperation operation, ILoopOperation loop, HashSet<ISymbol> tainted)
    {
        for (var parent = operation.Parent; parent != null && parent != loop; parent = parent.Parent)
        {
            var test = parent switch
            {
                IConditionalOperation conditional => conditional.Condition,
                ISwitchOperation @switch => @switch.Value,
                IForEachLoopOperation forEach => forEach.Collection,
                _ => null,
            };
            if (test != null && Reads(test, tainted))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value is model output: it holds a model call, or reads a variable that already carries one.</summary>
    private static bool CarriesModelOutput(IOperation value, HashSet<ISymbol> tainted, Func<IInvocationOperation, bool> isModelCall) =>
        ContainsModelCall(value, isModelCall) || Reads(value, tainted);

    private static bool ContainsModelCall(IOperation root, Func<IInvocationOperation, bool> isModelCall)
    {
        foreach (var operation in OperationWalk.DescendantsAndSelf(root))
        {
            if (operation is IInvocationOperation invocation && isModelCall(invocation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Reads(IOperation root, HashSet<ISymbol> tainted)
    {
        if (tainted.Count == 0)
        {
            return false;
        }

        foreach (var operation in OperationWalk.DescendantsAndSelf(root))
        {
            if (SymbolOf(operation) is { } symbol && tainted.Contains(symbol))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? SymbolOf(IOperation operation) => OperationSymbols.VariableOf(operation);
}
