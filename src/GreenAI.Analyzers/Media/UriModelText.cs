using System;
using System.Threading;
using GreenAI.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Where a request's URI writes the model it names: the constant that fills <c>{model}</c> in
/// <c>$"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent"</c>, found through the locals,
/// fields and interpolations the URI is built from. Null when no single constant holds exactly that model id.
/// </summary>
internal static class UriModelText
{
    private const int MaxDepth = 5;

    public static IOperation? Find(IOperation? uri, string modelId, CancellationToken cancellationToken) =>
        uri == null ? null : Search(uri, modelId, cancellationToken, 0);

    private static IOperation? Search(IOperation operation, string modelId, CancellationToken cancellationToken, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var origin = ValueOrigin.Follow(operation, cancellationToken);
        if (origin.ConstantValue is { HasValue: true, Value: string text })
        {
            return string.Equals(text, modelId, StringComparison.OrdinalIgnoreCase) ? origin : null;
        }

        foreach (var child in origin.ChildOperations)
        {
            if (Search(child, modelId, cancellationToken, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
