using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Impact.Media;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// A job-status GET known by where it is rather than by its host: a generic status path (<c>v1/tasks/{id}</c>,
/// <c>…/generations/{id}</c>, <c>…/predictions/{id}</c>, <c>…/requests/{id}/status</c>, <c>?task_id=</c>) on a host
/// the code does not write (an <c>HttpClient.BaseAddress</c> from settings), in a class that posts a media generation
/// of media-endpoints.tsv. A provider's client class creates jobs and polls them with the same client: Runway's
/// <c>v1/tasks/{id}</c> or DashScope's <c>tasks/{id}</c> read relative to a configured base address. A class that
/// creates no media job does not make such a GET a poll.
/// </summary>
internal static class StatusBesideCreation
{
    private static readonly HashSet<string> StatusCollections = new(StringComparer.Ordinal)
    {
        "tasks", "task", "generations", "predictions", "requests", "jobs", "operations", "results", "result", "videos",
    };

    private static readonly string[] StatusQueries = { "task_id=", "generation_id=", "video_id=", "request_id=", "prediction_id=", "job_id=" };

    // Per compilation: whether a type posts a media generation, decided once per type.
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, bool>> Creators = new();

    public static bool Holds(string shape, IInvocationOperation get, CancellationToken cancellationToken) =>
        IsGenericStatus(shape)
        && get.SemanticModel?.Compilation is { } compilation
        && OperationSymbols.EnclosingMethod(get)?.ContainingType is { } type
        && Creators.GetValue(compilation, static _ => new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default))
            .GetOrAdd(type, t => CreatesMedia(compilation, t, cancellationToken));

    /// <summary>The host not written, and the path ends with a status collection and a hole, or the query names a job id.</summary>
    internal static bool IsGenericStatus(string shape)
    {
        var uri = UriShape.Of(shape);
        if (uri.Host != null)
        {
            return false;
        }

        var query = shape.IndexOf('?');
        if (query >= 0)
        {
            var text = shape.Substring(query).ToLowerInvariant();
            foreach (var name in StatusQueries)
            {
                var at = text.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0 && at + name.Length < text.Length && text[at + name.Length] == UriShape.Hole)
                {
                    return true;
                }
            }
        }

        var segments = uri.Segments;
        var last = segments.Length - 1;
        if (last >= 0 && segments[last] == "status")
        {
            last--;
        }

        return last >= 1 && segments[last] == UriShape.Hole.ToString() && StatusCollections.Contains(segments[last - 1]);
    }

    private static bool CreatesMedia(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var model = MethodBodies.ModelOf(compilation, reference.SyntaxTree);
            foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax syntax
                    && Wrappers.ModelCallingCandidates.InvokedNameOf(syntax) is { } name && HttpPost.MethodNames.Contains(name)
                    && model.GetOperation(syntax, cancellationToken) is IInvocationOperation post
                    && HttpPost.Of(post, cancellationToken) is { } request
                    && request.UriShape(cancellationToken) is { } written
                    && MediaEndpoints.CreationOf(written) != null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
