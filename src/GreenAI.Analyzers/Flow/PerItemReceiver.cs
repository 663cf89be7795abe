using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The call is made on the element itself: <c>foreach (var step in steps) step.ExecuteAsync()</c>,
/// <c>generators.Select(g => g.ProcessPromptAsync(prompt))</c>. Each pass may then run another implementation.
/// </summary>
internal static class PerItemReceiver
{
    public static bool IsTheItem(IInvocationOperation invocation)
    {
        switch (invocation.Instance is { } instance ? OperationSymbols.Unwrap(instance) : null)
        {
            case ILocalReferenceOperation local:
                for (var parent = invocation.Parent; parent != null; parent = parent.Parent)
                {
                    if (parent is IForEachLoopOperation forEach && forEach.Locals.Contains(local.Local, SymbolEqualityComparer.Default))
                    {
                        return true;
                    }
                }

                return false;
            case IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } }:
                return true;
            default:
                return false;
        }
    }
}
