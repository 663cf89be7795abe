using System.Collections.Generic;
using System.Linq;
using System.Threading;
using GreenAI.Analyzers.Media;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Wrappers;

/// <summary>
/// The method declarations that may call a model, found from syntax alone before anything is bound: those that invoke a
/// name of the SDK catalogue, of raw HTTP or of a referenced project's model-calling method (round 0), then those that
/// invoke one of those methods' names, and so on (<see cref="ModelCallingMethods.MaxDepth"/> rounds). A superset, in
/// rounds: <see cref="ModelCallingMethods"/> decides, but only for these, so a project binds few of its bodies to export
/// its model-calling methods.
/// </summary>
internal static class ModelCallingCandidates
{
    /// <param name="importedNames">The names of the referenced projects' model-calling methods.</param>
    /// <param name="enough">Stop reading files once this many methods call a model directly (the export's bound):
    /// the files after them are not searched, so the cost stays bounded in a project made of model calls.</param>
    /// <returns>The candidate declarations, round by round, and every name through which a model may be reached (the
    /// catalogue's, raw HTTP's, the imported ones and the candidates'): a method of another name cannot reach one.</returns>
    public static (List<MethodDeclarationSyntax> Methods, HashSet<string> Names) Of(Compilation compilation, IEnumerable<string> importedNames, int enough, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var definition in SdkCatalog.ModelCalls)
        {
            names.UnionWith(definition.Methods);
        }

        names.UnionWith(HttpPost.MethodNames);
        if (compilation.ReferencedAssemblyNames.Any(a => a.Name == "Microsoft.SemanticKernel.Abstractions"))
        {
            names.UnionWith(new[] { "InvokeAsync", "InvokeStreamingAsync" }); // a function made from a prompt (PromptFunctions)
        }

        names.UnionWith(importedNames);
        var walker = new InvokedNames(names);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            walker.Visit(tree.GetRoot(cancellationToken));
            if (walker.DirectCallers >= enough)
            {
                break;
            }
        }

        var pending = walker.Methods;
        var found = new List<MethodDeclarationSyntax>();
        for (var round = 0; round <= ModelCallingMethods.MaxDepth && pending.Count > 0; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var newNames = new List<string>();
            pending.RemoveAll(entry =>
            {
                foreach (var name in entry.Invoked)
                {
                    if (names.Contains(name))
                    {
                        found.Add(entry.Method);
                        newNames.Add(entry.Method.Identifier.ValueText);
                        return true;
                    }
                }

                return false;
            });
            if (newNames.Count == 0)
            {
                break;
            }

            names.UnionWith(newNames);
        }

        return (found, names);
    }

    /// <summary>Each method body's invoked simple names (<c>x.SummarizeAsync(…)</c>, <c>Ask&lt;T&gt;(…)</c>), lambdas and local functions included.</summary>
    private sealed class InvokedNames : CSharpSyntaxWalker
    {
        private readonly List<string> _current = new();
        private readonly HashSet<string> _direct;

        public InvokedNames(HashSet<string> direct) => _direct = direct;

        /// <summary>The methods so far that invoke one of the first names.</summary>
        public int DirectCallers { get; private set; }

        public List<(MethodDeclarationSyntax Method, string[] Invoked)> Methods { get; } = new();

        public override void VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            if (node.Body == null && node.ExpressionBody == null)
            {
                return;
            }

            _current.Clear();
            base.VisitMethodDeclaration(node);
            if (_current.Count > 0)
            {
                Methods.Add((node, _current.ToArray()));
                DirectCallers += _current.Exists(_direct.Contains) ? 1 : 0;
            }
        }

        public override void VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (InvokedNameOf(node) is { } name)
            {
                _current.Add(name);
            }

            base.VisitInvocationExpression(node);
        }

        // Nothing to find outside members' bodies.
        public override void VisitUsingDirective(UsingDirectiveSyntax node)
        {
        }

        public override void VisitAttributeList(AttributeListSyntax node)
        {
        }

    }

    /// <summary>The simple name a call invokes (<c>x.SummarizeAsync(…)</c>, <c>x?.Ask(…)</c>, <c>Ask&lt;T&gt;(…)</c>), or null.</summary>
    internal static string? InvokedNameOf(InvocationExpressionSyntax call) => call.Expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };
}
