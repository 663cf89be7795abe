using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The app's own methods that run a delegate they are given while they are called: a retry helper
/// (<c>RetryAsync(() => embeddings.GenerateEmbeddingsAsync(batch))</c>, <c>retryPolicy.ExecuteAsync(ct => EmbedCoreAsync(text, ct))</c>),
/// a timing or logging wrapper. A lambda passed to one runs where the call is written, as one passed to
/// <c>Task.Run</c> does; one the method runs per item is <see cref="PerItemHelpers"/>' instead.
/// </summary>
internal static class DelegateRunners
{
    // Whether a method runs a delegate parameter is the same for every call of it: found once per compilation.
    private static readonly OwnMethodFacts<bool> Parameters = new(beyondReach: false);

    /// <summary>The lambda is an argument of the app's own method that invokes that parameter in its body.</summary>
    public static bool RunsWhereCalled(IAnonymousFunctionOperation lambda, CancellationToken cancellationToken) =>
        OperationSymbols.ArgumentTaking(lambda) is { Parameter: { Type.TypeKind: TypeKind.Delegate } parameter } argument
        && parameter.ContainingSymbol is IMethodSymbol method
        && Parameters.Get(parameter.OriginalDefinition, method, argument.SemanticModel, cancellationToken, static (p, compilation, ct) => Invokes((IParameterSymbol)p, compilation, ct))
        && PerItemHelpers.RunsPerItem(argument, cancellationToken) == null;

    private static bool Invokes(IParameterSymbol parameter, Compilation compilation, CancellationToken cancellationToken) =>
        InvocationsOf(parameter, compilation, cancellationToken).Any()
        || ImplementationsOf((IMethodSymbol)parameter.ContainingSymbol, compilation, cancellationToken)
            .Any(implementation => parameter.Ordinal < implementation.Parameters.Length && InvocationsOf(implementation.Parameters[parameter.Ordinal], compilation, cancellationToken).Any());

    /// <summary>
    /// An interface or abstract method's implementations in this compilation, found by name in the declaration table:
    /// <c>_resilience.ExecuteWithRetryAsync(() => embed(chunk))</c> runs the lambda in <c>ResilienceService</c>.
    /// </summary>
    private static IEnumerable<IMethodSymbol> ImplementationsOf(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        if (!method.IsAbstract || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly))
        {
            yield break;
        }

        foreach (var symbol in compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member, cancellationToken))
        {
            if (symbol is IMethodSymbol { IsAbstract: false } candidate
                && (SymbolEqualityComparer.Default.Equals(candidate.OverriddenMethod?.OriginalDefinition, method.OriginalDefinition)
                    || SymbolEqualityComparer.Default.Equals(candidate.ContainingType.FindImplementationForInterfaceMember(method)?.OriginalDefinition, candidate.OriginalDefinition)))
            {
                yield return candidate;
            }
        }
    }

    /// <summary>Where the method that declares <paramref name="parameter"/> (a delegate) invokes it: <c>map(item)</c>, <c>map.Invoke(item)</c>.</summary>
    internal static IEnumerable<IInvocationOperation> InvocationsOf(IParameterSymbol parameter, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var body in MethodBodies.Of((IMethodSymbol)parameter.ContainingSymbol, compilation, cancellationToken))
        {
            foreach (var operation in OperationWalk.Descendants(body))
            {
                if (operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: IParameterReferenceOperation invoked } invocation
                    && SymbolEqualityComparer.Default.Equals(invoked.Parameter.OriginalDefinition, parameter.OriginalDefinition))
                {
                    yield return invocation;
                }
            }
        }
    }
}
