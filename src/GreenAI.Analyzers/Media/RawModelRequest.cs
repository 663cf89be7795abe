using System;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// A model request over raw HTTP: a POST (<c>PostAsync</c>, <c>PostAsJsonAsync</c>, <c>SendAsync</c> of a POST
/// <c>HttpRequestMessage</c>) to a text, embedding or image endpoint of the common APIs — OpenAI and the many servers that
/// copy it (Azure OpenAI deployments, Groq, Together, vLLM, Ollama's /v1), Anthropic, Ollama's own, Gemini. The model and
/// tokens are in the body, so there is no estimate; the call is what a model-calling method of the app wraps.
/// </summary>
internal static class RawModelRequest
{
    // Path endings, lower case, after the query is cut: "…/openai/deployments/{d}/chat/completions", "/v1/embeddings".
    private static readonly string[] PathEndings =
    {
        "/chat/completions", "/v1/completions", "/v1/responses", "/embeddings", "/images/generations",
        "/v1/messages", "/api/generate", "/api/chat", "/api/embeddings", "/api/embed",
        ":generatecontent", ":streamgeneratecontent", ":embedcontent",
    };

    /// <summary>Cheap name check before any symbol work.</summary>
    public static bool MayBe(IMethodSymbol method) => VideoRequestReader.MayBeHttp(method);

    /// <summary>The endpoint's ending ("…/chat/completions") when this is a model request, else null.</summary>
    public static string? EndpointOf(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (!MayBe(method)
            || (!SymbolNames.HasFullName(method.ContainingType, "System.Net.Http.HttpClient")
                && !SymbolNames.HasFullName(method.ContainingType, "System.Net.Http.Json.HttpClientJsonExtensions")))
        {
            return null;
        }

        var uri = OperationSymbols.ArgumentNamed(invocation.Arguments, "requestUri");
        if (method.Name is "SendAsync" or "Send")
        {
            if (OperationSymbols.ArgumentNamed(invocation.Arguments, "request") is not { } message
                || ValueOrigin.Follow(message, cancellationToken) is not IObjectCreationOperation { Type.Name: "HttpRequestMessage" } creation
                || !VideoRequestReader.IsPost(OperationSymbols.ArgumentNamed(creation.Arguments, "method"), cancellationToken))
            {
                return null;
            }

            uri = OperationSymbols.ArgumentNamed(creation.Arguments, "requestUri");
        }

        if (VideoEndpoint.Shape(uri, cancellationToken) is not { } shape)
        {
            return null;
        }

        var query = shape.IndexOf('?');
        var path = (query >= 0 ? shape.Substring(0, query) : shape).TrimEnd('/');
        foreach (var ending in PathEndings)
        {
            if (("/" + path).EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return "…" + ending;
            }
        }

        return null;
    }
}
