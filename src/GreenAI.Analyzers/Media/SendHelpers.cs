using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The app's own method that posts the URL it is handed: <c>SendAuthorizedPostRequestAsync(endpoint, payload, …)</c>
/// building an <c>HttpRequestMessage(HttpMethod.Post, endpoint)</c> with <c>payload</c> serialised, or
/// <c>PostAsync(path, body) => _http.PostAsJsonAsync($"{_base}/{path}", body)</c>. Its callers say where each request
/// goes, so the request is read at the call: the URI with the caller's arguments in place of the method's parameters,
/// the body from the caller's argument when the method only serialises one.
/// Only a method whose POST's URI is made from one of its parameters and does not read as a model request on its own:
/// a method that posts to a URI of its own (<c>$"…/models/{options.Model}:predict"</c>) is read at its POST, once.
/// </summary>
internal static class SendHelpers
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, Helper?>> Helpers = new();

    /// <summary>The POST a helper sends, as read in its body, and the parameter its body is made from (null: the body is the helper's own).</summary>
    private sealed class Helper
    {
        public Helper(HttpPost post, IParameterSymbol? body) => (Post, Body) = (post, body);

        public HttpPost Post { get; }

        public IParameterSymbol? Body { get; }
    }

    /// <summary>Cheap: a method written in this compilation's source that takes a string or a <c>Uri</c>.</summary>
    public static bool MayBe(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.SpecialType == SpecialType.System_String || parameter.Type.Name == "Uri")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The POST a call of a send helper makes, read with the call's arguments; null for any other call.</summary>
    public static HttpPost? Of(IInvocationOperation call, CancellationToken cancellationToken)
    {
        if (!MayBe(call.TargetMethod) || call.SemanticModel?.Compilation is not { } compilation)
        {
            return null;
        }

        var method = call.TargetMethod.OriginalDefinition;
        if (!SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, compilation.Assembly))
        {
            return null;
        }

        var helper = Helpers.GetValue(compilation, static _ => new ConcurrentDictionary<IMethodSymbol, Helper?>(SymbolEqualityComparer.Default))
            .GetOrAdd(method, m => Find(compilation, m, cancellationToken));
        if (helper == null)
        {
            return null;
        }

        var body = helper.Body is { } parameter ? ArgumentFor(call, parameter) : helper.Post.Body;
        return helper.Post.MadeBy(call, body);
    }

    /// <summary>The argument a call passes for a parameter of the method it calls (its declared default when none is written).</summary>
    public static IOperation? ArgumentFor(IInvocationOperation call, IParameterSymbol parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } target && target.Ordinal == parameter.Ordinal
                && SymbolEqualityComparer.Default.Equals(target.ContainingSymbol.OriginalDefinition, parameter.ContainingSymbol.OriginalDefinition))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The first <c>HttpClient</c> POST of the method whose URI is made from one of its parameters, and says nothing alone.</summary>
    private static Helper? Find(Compilation compilation, IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
            {
                continue;
            }

            var model = MethodBodies.ModelOf(compilation, reference.SyntaxTree);
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax syntax
                    && Wrappers.ModelCallingCandidates.InvokedNameOf(syntax) is { } name && HttpPost.MethodNames.Contains(name)
                    && model.GetOperation(syntax, cancellationToken) is IInvocationOperation invocation
                    && HttpPost.Inner(invocation, cancellationToken) is { Uri: { } uri } post
                    && MadeFromParameter(uri, method, cancellationToken)
                    && RawModelRequest.EndpointOf(post, post.UriShape(cancellationToken), cancellationToken) == null)
                {
                    return new Helper(post, RequestBodyReader.ParameterBehind(post.Body, method, cancellationToken));
                }
            }
        }

        return null;
    }

    /// <summary>The URI, or the local it was set from, reads a parameter of the method.</summary>
    private static bool MadeFromParameter(IOperation uri, IMethodSymbol method, CancellationToken cancellationToken)
    {
        var origin = ValueOrigin.Follow(uri, cancellationToken);
        foreach (var operation in OperationWalk.DescendantsAndSelf(origin))
        {
            if (operation is IParameterReferenceOperation { Parameter: var parameter }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method))
            {
                return true;
            }
        }

        return false;
    }
}
