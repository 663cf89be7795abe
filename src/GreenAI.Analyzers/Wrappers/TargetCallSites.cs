using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The project's calls of a few methods (ports, and the project's own methods that reach them), found for the export
/// generator without binding the project: a file whose text names none of them is skipped, and in the others only the
/// calls of those names are bound.
/// </summary>
internal static class TargetCallSites
{
    /// <param name="texts">Each file's text, kept by the caller across searches (the search runs once per level).</param>
    public static IEnumerable<(InvocationExpressionSyntax Syntax, SemanticModel Model, IInvocationOperation Call, TReach Reach)> Of<TReach>(
        Compilation compilation, Dictionary<IMethodSymbol, TReach> targets, Dictionary<SyntaxTree, string> texts, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in targets.Keys)
        {
            names.Add(target.Name);
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (!texts.TryGetValue(tree, out var text))
            {
                texts[tree] = text = tree.GetText(cancellationToken).ToString();
            }

            if (!NamesAny(text, names))
            {
                continue;
            }

            var model = Flow.MethodBodies.ModelOf(compilation, tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax syntax && ModelCallingCandidates.InvokedNameOf(syntax) is { } invoked && names.Contains(invoked)
                    && model.GetOperation(syntax, cancellationToken) is IInvocationOperation call
                    && targets.TryGetValue(call.TargetMethod.OriginalDefinition, out var reach))
                {
                    yield return (syntax, model, call, reach);
                }
            }
        }
    }

    /// <summary>The named method a call is written in, past its lambdas and local functions; null outside methods.</summary>
    public static IMethodSymbol? HolderOf(InvocationExpressionSyntax syntax, SemanticModel model, CancellationToken cancellationToken) =>
        NamedMethodOf(model.GetEnclosingSymbol(syntax.SpanStart, cancellationToken));

    public static IMethodSymbol? NamedMethodOf(ISymbol? symbol)
    {
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
        {
            symbol = symbol.ContainingSymbol;
        }

        return symbol as IMethodSymbol;
    }

    private static bool NamesAny(string text, HashSet<string> names)
    {
        foreach (var name in names)
        {
            if (text.IndexOf(name, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
