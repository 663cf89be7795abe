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
    private readonly IInvocationOperation? _helperCall;

    private HttpPost(IInvocationOperation invocation, IOperation? uri, IOperation? body, IInvocationOperation? helperCall = null) =>
        (_invocation, Uri, Body, _helperCall) = (invocation, uri, body, helperCall);

    public IOperation? Uri { get; }

    /// <summary>
    /// The URI's shape, resolved against the client's base address when it is relative (<see cref="RequestUri"/>); for a
    /// POST made by the app's send helper, with the caller's arguments in place of the helper's parameters.
    /// </summary>
    public string? UriShape(CancellationToken cancellationToken) => RequestUri.Shape(Uri, _invocation, cancellationToken, _helperCall);

    /// <summary>The content or value posted; null when the code does not show it.</summary>
    public IOperation? Body { get; }

    /// <summary>Cheap name check before any symbol work: an <c>HttpClient</c> method's name, or a possible send helper.</summary>
    public static bool MayBe(IMethodSymbol method) => MethodNames.Contains(method.Name) || SendHelpers.MayBe(method);

    /// <summary>An <c>HttpClient</c> POST, or a call of the app's own method that posts the URL it is handed (<see cref="SendHelpers"/>).</summary>
    public static HttpPost? Of(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        Inner(invocation, cancellationToken) ?? SendHelpers.Of(invocation, cancellationToken);

    /// <summary>An <c>HttpClient</c> POST only.</summary>
    internal static HttpPost? Inner(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        MethodNames.Contains(invocation.TargetMethod.Name)
        && HttpClientRequest.Of(invocation, MethodNames, "Post", cancellationToken) is { } request ? new HttpPost(invocation, request.Uri, request.Body) : null;

    /// <summary>This POST of a send helper, as its call <paramref name="call"/> makes it, with the body that call sends.</summary>
    internal HttpPost MadeBy(IInvocationOperation call, IOperation? body) => new(_invocation, Uri, body, call);
}
