using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The method declarations that may call a model, found from syntax alone before anything is bound: those that invoke a
/// name of the SDK catalogue, of raw HTTP or of a referenced project's model-calling method, then those that invoke one of those methods' names, and so on
/// (<see cref="ModelCallingMethods.MaxDepth"/> rounds). A superset: <see cref="ModelCallingMethods"/> decides, but only
/// for these, so a project binds a small part of its bodies to export its model-calling methods.
/// </summary>
internal static class ModelCallingCandidates
{
    /// <param name="importedNames">The names of the referenced projects' model-calling methods.</param>
    public static List<MethodDeclarationSyntax> Of(Compilation compilation, IEnumerable<string> importedNames, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var definition in SdkCatalog.ModelCalls)
        {
            names.UnionWith(definition.Methods);
        }

        names.UnionWith(HttpPost.MethodNames);
        names.UnionWith(importedNames);
        var pending = new List<(MethodDeclarationSyntax Method, HashSet<string> Invoked)>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes(static n => n is not (BlockSyntax or ArrowExpressionClauseSyntax)))
            {
                if (node is MethodDeclarationSyntax { Body: not null } or MethodDeclarationSyntax { ExpressionBody: not null })
                {
                    pending.Add(((MethodDeclarationSyntax)node, InvokedNames(node)));
                }
            }
        }

        var found = new List<MethodDeclarationSyntax>();
        for (var round = 0; round <= ModelCallingMethods.MaxDepth && pending.Count > 0; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newNames = new List<string>();
            pending.RemoveAll(entry =>
            {
                if (!entry.Invoked.Overlaps(names))
                {
                    return false;
                }

                found.Add(entry.Method);
                newNames.Add(entry.Method.Identifier.ValueText);
                return true;
            });
            if (newNames.Count == 0)
            {
                break;
            }

            names.UnionWith(newNames);
        }

        return found;
    }

    /// <summary>The simple names a method's body invokes (<c>x.SummarizeAsync(…)</c>, <c>Ask&lt;T&gt;(…)</c>), lambdas and local functions included.</summary>
    private static HashSet<string> InvokedNames(SyntaxNode method)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var node in method.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation && NameOf(invocation.Expression) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
