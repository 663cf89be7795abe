using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Caching;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Flow;

/// <summary>
/// The operation trees of a method's bodies in this compilation, for reading a method other than the one the driver is
/// analysing (a wrapper, a per-item helper, a prompt helper). The driver's semantic models are not handed to analyzers
/// outside their callbacks: each tree gets one model of its own per compilation, and a body is bound only when asked.
/// </summary>
internal static class MethodBodies
{
    private static readonly ConditionalWeakTable<Compilation, CompilationCache<SyntaxTree, SemanticModel>> Models = new();

    public static IEnumerable<IOperation> Of(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                continue;
            }

            if (ModelOf(compilation, syntax.SyntaxTree).GetOperation(syntax, cancellationToken) is { } body)
            {
                yield return body;
            }
        }
    }

#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel(): see the summary; one model per tree and compilation.
    /// <summary>The one semantic model of a tree of the compilation that this class and its callers share.</summary>
    internal static SemanticModel ModelOf(Compilation compilation, SyntaxTree tree) =>
        Models.GetValue(compilation, static _ => new CompilationCache<SyntaxTree, SemanticModel>())
            .GetOrAdd(tree, compilation, static (t, c) => c.GetSemanticModel(t));
#pragma warning restore RS1030
}
