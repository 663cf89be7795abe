using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The app's own per-item helpers: a method of the compilation that invokes one of its delegate parameters once per item
/// (<c>MapParallel(items, map)</c> whose body runs <c>await map(item)</c> inside <c>Parallel.ForEachAsync</c> or a
/// <c>foreach</c>). A lambda or method group passed for that parameter runs per item, as if passed to Select.
/// </summary>
internal static class PerItemHelpers
{
    // Whether a parameter is run per item is the same for every call of the helper: found once per compilation.
    private static readonly OwnMethodFacts<string?> Parameters = new(beyondReach: null);

    /// <summary>
    /// When the argument's parameter is a delegate its method (of this compilation) runs per item: the collection the
    /// method runs it over, as written there ("_providers"); else null.
    /// </summary>
    public static string? RunsPerItem(IArgumentOperation argument, CancellationToken cancellationToken) =>
        argument.Parameter is { Type.TypeKind: TypeKind.Delegate } parameter && parameter.ContainingSymbol is IMethodSymbol method
            ? Parameters.Get(parameter.OriginalDefinition, method, argument.SemanticModel, cancellationToken, static (p, compilation, ct) => Find((IParameterSymbol)p, compilation, ct))
            : null;

    private static string? Find(IParameterSymbol parameter, Compilation compilation, CancellationToken cancellationToken)
    {
        // map(item) / map.Invoke(item) under a per-item scope.
        foreach (var invocation in DelegateRunners.InvocationsOf(parameter, compilation, cancellationToken))
        {
            if (Repetition.PerItem(invocation) is { } finding)
            {
                return finding.Collection ?? string.Empty;
            }
        }

        return null;
    }
}
