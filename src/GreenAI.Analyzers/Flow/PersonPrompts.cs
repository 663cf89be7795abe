using System;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Caching;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The app's own methods that wait for a person (<c>PersistingUI.ReadSelection()</c> around <c>Console.ReadLine</c>): a
/// loop that calls one waits for a person each turn, as if it read the console itself. Followed a few levels, once per
/// method and compilation.
/// </summary>
internal static class PersonPrompts
{
    private const int MaxDepth = 3;

    private static readonly ConditionalWeakTable<Compilation, CompilationCache<ISymbol, bool>> Methods = new();

    [ThreadStatic]
    private static int Depth;

    public static bool ThroughOwnMethod(IInvocationOperation invocation, Func<IMethodSymbol, bool> asksAPerson)
    {
        var method = invocation.TargetMethod.OriginalDefinition;
        if (Depth >= MaxDepth || invocation.SemanticModel is not { } model || method.DeclaringSyntaxReferences.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, model.Compilation.Assembly))
        {
            return false;
        }

        var facts = Methods.GetValue(model.Compilation, static _ => new CompilationCache<ISymbol, bool>(SymbolEqualityComparer.Default));
        Depth++;
        try
        {
            return facts.GetOrAdd(method, (model.Compilation, asksAPerson), static (m, state) => Asks((IMethodSymbol)m, state.Compilation, state.asksAPerson));
        }
        finally
        {
            Depth--;
        }
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
