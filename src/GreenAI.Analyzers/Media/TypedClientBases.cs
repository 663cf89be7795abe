using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The base addresses that typed clients get where they are registered:
/// <c>services.AddHttpClient&lt;ReplicateClient&gt;(c =&gt; c.BaseAddress = new Uri("https://api.replicate.com/v1/"))</c>
/// (also <c>AddHttpClient&lt;IClient, Client&gt;</c> and a <c>(services, client)</c> lambda): the client's constructor
/// gets that <c>HttpClient</c>. Found once per compilation, in the files that name <c>AddHttpClient</c>, and only when a
/// relative URI is sent through an injected client.
/// </summary>
internal static class TypedClientBases
{
    private static readonly ConditionalWeakTable<Compilation, Dictionary<ITypeSymbol, IOperation>> ByCompilation = new();

    public static IOperation? Of(ITypeSymbol client, Compilation compilation, CancellationToken cancellationToken)
    {
        // Two threads may both look on the first call; they find the same.
        var bases = ByCompilation.GetValue(compilation, c => Find(c, cancellationToken));
        return bases.TryGetValue(client, out var value) ? value : null;
    }

    private static Dictionary<ITypeSymbol, IOperation> Find(Compilation compilation, CancellationToken cancellationToken)
    {
        var bases = new Dictionary<ITypeSymbol, IOperation>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText(cancellationToken).ToString();
            if (text.IndexOf("AddHttpClient", System.StringComparison.Ordinal) < 0 || text.IndexOf("BaseAddress", System.StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var model = MethodBodies.ModelOf(compilation, tree);
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "AddHttpClient" } generic } } registration
                    && generic.TypeArgumentList.Arguments.Count is 1 or 2
                    && model.GetTypeInfo(generic.TypeArgumentList.Arguments[generic.TypeArgumentList.Arguments.Count - 1], cancellationToken).Type is { } client
                    && BaseIn(registration, model, cancellationToken) is { } value)
                {
                    bases[client] = value;
                }
            }
        }

        return bases;
    }

    /// <summary>The value a configuration lambda of the registration assigns to its client's BaseAddress.</summary>
    private static IOperation? BaseIn(InvocationExpressionSyntax registration, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var argument in registration.ArgumentList.Arguments)
        {
            if (argument.Expression is not LambdaExpressionSyntax lambda)
            {
                continue;
            }

            var client = lambda switch
            {
                SimpleLambdaExpressionSyntax simple => simple.Parameter,
                ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters.Count: > 0 } parenthesized => parenthesized.ParameterList.Parameters[parenthesized.ParameterList.Parameters.Count - 1],
                _ => null,
            };
            if (client == null)
            {
                continue;
            }

            foreach (var node in lambda.Body.DescendantNodesAndSelf())
            {
                if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseAddress", Expression: IdentifierNameSyntax target } } assignment
                    && target.Identifier.ValueText == client.Identifier.ValueText)
                {
                    return model.GetOperation(assignment.Right, cancellationToken);
                }
            }
        }

        return null;
    }
}
