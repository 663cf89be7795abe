using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>The values a body returns: its own <c>return</c>s (an expression body's too), not those of the lambdas and local functions in it.</summary>
internal static class MethodReturns
{
    public static IEnumerable<IOperation> Of(IOperation body)
    {
        foreach (var operation in OperationWalk.Descendants(body))
        {
            if (operation is IReturnOperation { ReturnedValue: { } value } && OwnerOf(operation) == body)
            {
                yield return value;
            }
        }
    }

    /// <summary>The method body, local function or lambda a return belongs to.</summary>
    private static IOperation OwnerOf(IOperation operation)
    {
        var current = operation.Parent;
        while (current?.Parent != null && current is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
        {
            current = current.Parent;
        }

        return current ?? operation;
    }
}
