using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// The shape of the URI an <c>HttpClient</c> call sends to (<see cref="VideoEndpoint.Shape"/>): as written, or, when
/// it is relative (<c>PostAsync("predictions", …)</c>), resolved against the client's base address
/// (<see cref="HttpClientBase"/>) as <see cref="Uri"/> resolves it.
/// </summary>
internal static class RequestUri
{
    private const char Hole = GreenAI.Impact.Media.MediaEndpoints.Hole;

    /// <param name="helperCall">A call of the app's send helper that holds <paramref name="invocation"/>: its arguments stand for the helper's parameters.</param>
    public static string? Shape(IOperation? uri, IInvocationOperation invocation, CancellationToken cancellationToken, IInvocationOperation? helperCall = null)
    {
        var shape = VideoEndpoint.Shape(uri, cancellationToken, helperCall: helperCall);
        if (shape == null || !IsRelative(shape)
            || HttpClientBase.Of(invocation, cancellationToken) is not { } baseAddress
            || VideoEndpoint.Shape(baseAddress, cancellationToken) is not { } root)
        {
            return shape == null ? null : WithNamedHost(shape, invocation);
        }

        return Resolve(root, shape);
    }

    /// <summary>
    /// A URI without a written host (<c>$"{endpoint}/prompt"</c>, a configured base address) sent from a class named
    /// after a provider whose host is its name in the engine's table (<c>ComfyUIClient</c>: "comfy"), with that host.
    /// </summary>
    private static string WithNamedHost(string shape, IInvocationOperation invocation)
    {
        if (shape.IndexOf("://", StringComparison.Ordinal) >= 0 || TypeNameAround(invocation.Syntax) is not { } type)
        {
            return shape;
        }

        foreach (var hint in GreenAI.Impact.Media.MediaEndpoints.NameHints)
        {
            if (type.IndexOf(hint, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "https://" + hint + "/" + shape.TrimStart(Hole, '/');
            }
        }

        return shape;
    }

    /// <summary>The name of the type the call is written in, from the syntax alone (this runs for every request URI read).</summary>
    private static string? TypeNameAround(SyntaxNode node)
    {
        for (var parent = node.Parent; parent != null; parent = parent.Parent)
        {
            if (parent is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax type)
            {
                return type.Identifier.ValueText;
            }
        }

        return null;
    }

    /// <summary>"predictions", "v1/chat/completions": no scheme, not rooted, not a hole (a URI built elsewhere).</summary>
    private static bool IsRelative(string shape) =>
        shape.Length > 0 && shape[0] != '/' && shape[0] != Hole && shape.IndexOf("://", StringComparison.Ordinal) < 0;

    /// <summary>
    /// "https://api.replicate.com/v1/" + "predictions" → ".../v1/predictions". As <see cref="Uri"/> does, a base
    /// without a trailing slash loses its last segment ("…/v1" + "predictions" → "…/predictions").
    /// </summary>
    internal static string Resolve(string root, string relative)
    {
        int query = root.IndexOf('?');
        var path = query >= 0 ? root.Substring(0, query) : root;
        int authority = path.IndexOf("://", StringComparison.Ordinal);
        int lastSlash = path.LastIndexOf('/');
        var directory = lastSlash > authority + 2 ? path.Substring(0, lastSlash + 1) : path + "/";
        return directory + relative;
    }
}
