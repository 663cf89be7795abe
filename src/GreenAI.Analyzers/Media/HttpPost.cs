using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// A POST over <c>HttpClient</c>: <c>PostAsync(uri, content)</c>, <c>PostAsJsonAsync(uri, value)</c>, or
/// <c>SendAsync</c>/<c>Send</c> of a <c>new HttpRequestMessage(HttpMethod.Post, uri) { Content = … }</c>; its URI and
/// body as written.
/// </summary>
internal readonly struct HttpPost
{
    /// <summary>The HttpClient methods that may send a POST.</summary>
    public static readonly HashSet<string> MethodNames = new(System.StringComparer.Ordinal) { "PostAsync", "PostAsJsonAsync", "SendAsync", "Send" };

    private readonly IInvocationOperation _invocation;

    private HttpPost(IInvocationOperation invocation, IOperation? uri, IOperation? body) => (_invocation, Uri, Body) = (invocation, uri, body);

    public IOperation? Uri { get; }

    /// <summary>The URI's shape, resolved against the client's base address when it is relative (<see cref="RequestUri"/>).</summary>
    public string? UriShape(CancellationToken cancellationToken) => RequestUri.Shape(Uri, _invocation, cancellationToken);

    /// <summary>The content or value posted; null when the code does not show it.</summary>
    public IOperation? Body { get; }

    /// <summary>Cheap name check before any symbol work.</summary>
    public static bool MayBe(IMethodSymbol method) => MethodNames.Contains(method.Name);

    public static HttpPost? Of(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        HttpClientRequest.Of(invocation, MethodNames, "Post", cancellationToken) is { } request ? new HttpPost(invocation, request.Uri, request.Body) : null;
}
