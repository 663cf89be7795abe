using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The app's own methods that wait for a person (<c>PersistingUI.ReadSelection()</c> around <c>Console.ReadLine</c>): a
/// loop that calls one waits for a person each turn, as if it read the console itself. Followed a few levels
/// (<see cref="OwnMethodFacts{T}"/>), once per method and compilation.
/// </summary>
internal static class PersonPrompts
{
    private static readonly OwnMethodFacts<bool> Methods = new(beyondReach: false);

    public static bool ThroughOwnMethod(IInvocationOperation invocation, Func<IMethodSymbol, bool> asksAPerson)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        return Methods.Get(method, method, invocation.SemanticModel, asksAPerson, static (m, compilation, asks) => Asks((IMethodSymbol)m, compilation, asks));
    }

    private static bool Asks(IMethodSymbol method, Compilation compilation, Func<IMethodSymbol, bool> asksAPerson)
    {
        foreach (var body in MethodBodies.Of(method, compilation, CancellationToken.None))
        {
            foreach (var operation in OperationWalk.Descendants(body))
            {
                if (operation is IInvocationOperation invocation
                    && (asksAPerson(invocation.TargetMethod) || ThroughOwnMethod(invocation, asksAPerson)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
