using System;
using System.Collections.Generic;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The request an <c>HttpClient</c> call sends, as written: the URI and body of <c>PostAsync(uri, content)</c>,
/// <c>PostAsJsonAsync(uri, value)</c>, <c>GetAsync(uri)</c>…, or of <c>SendAsync</c>/<c>Send</c> of a
/// <c>new HttpRequestMessage(verb, uri) { Content = … }</c>. One reading for the POSTs that run a model
/// (<see cref="HttpPost"/>) and the GETs that poll a job (<see cref="VideoRequestReader.IsHttpJobPoll"/>).
/// </summary>
internal static class HttpClientRequest
{
    /// <summary>The HttpClient methods that may send a GET.</summary>
    public static readonly HashSet<string> GetMethods = new(StringComparer.Ordinal) { "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "GetFromJsonAsync", "SendAsync", "Send" };

    /// <summary>The URI and body (null for a GET) of a call among <paramref name="methods"/> that sends <paramref name="verb"/>, or null.</summary>
    public static (IOperation? Uri, IOperation? Body)? Of(IInvocationOperation invocation, HashSet<string> methods, string verb, CancellationToken cancellationToken)
    {
        var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
        if (!methods.Contains(method.Name)
            || (!SymbolNames.HasFullName(method.ContainingType, "System.Net.Http.HttpClient")
                && !SymbolNames.HasFullName(method.ContainingType, "System.Net.Http.Json.HttpClientJsonExtensions")))
        {
            return null;
        }

        if (method.Name is "SendAsync" or "Send")
        {
            if (OperationSymbols.ArgumentNamed(invocation.Arguments, "request") is not { } message
                || ValueOrigin.Follow(message, cancellationToken) is not IObjectCreationOperation { Type.Name: "HttpRequestMessage" } creation
                || creation.Arguments.Length < 2
                || !IsVerb(OperationSymbols.ArgumentNamed(creation.Arguments, "method"), verb, cancellationToken))
            {
                return null;
            }

            var content = (creation.Initializer == null ? null : ObjectInitializers.ValueOf(creation, "Content"))
                ?? ContentAssignedTo(OperationSymbols.Unwrap(message), invocation);
            return (OperationSymbols.ArgumentNamed(creation.Arguments, "requestUri"), content);
        }

        var body = method.Name switch
        {
            "PostAsJsonAsync" => OperationSymbols.ArgumentNamed(invocation.Arguments, "value"),
            "PostAsync" => OperationSymbols.ArgumentNamed(invocation.Arguments, "content"),
            _ => null,
        };
        return (OperationSymbols.ArgumentNamed(invocation.Arguments, "requestUri"), body);
    }

    /// <summary>
    /// <c>request.Content = JsonContent.Create(…);</c> after <c>using var request = new HttpRequestMessage(…);</c>: the body
    /// the method assigns to the local it sends (the last assignment before the call).
    /// </summary>
    private static IOperation? ContentAssignedTo(IOperation message, IInvocationOperation send)
    {
        if (message is not ILocalReferenceOperation { Local: var local })
        {
            return null;
        }

        IOperation? content = null;
        foreach (var operation in OperationWalk.Descendants(OperationSymbols.RootOf(send)))
        {
            if (operation.Syntax.SpanStart >= send.Syntax.SpanStart)
            {
                continue;
            }

            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Content", Instance: ILocalReferenceOperation target } } assignment
                && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                content = assignment.Value;
            }
        }

        return content;
    }

    /// <summary><c>HttpMethod.Post</c> or <c>new HttpMethod("POST")</c> for <paramref name="verb"/> "Post".</summary>
    private static bool IsVerb(IOperation? method, string verb, CancellationToken cancellationToken) =>
        method != null && ValueOrigin.Follow(method, cancellationToken) switch
        {
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property.Name == verb,
            IObjectCreationOperation { Type.Name: "HttpMethod" } created => created.Arguments.Length == 1
                && created.Arguments[0].Value.ConstantValue.Value is string text && string.Equals(text.Trim(), verb, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
}
